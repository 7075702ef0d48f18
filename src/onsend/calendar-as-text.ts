/**
 * Stands in for `src/core/extraction/formats/calendar.ts` in onsend.js (a webpack alias). On send, an
 * invitation (.ics) or a contact card (.vcf) is read as the plain text it is — every property line, names,
 * numbers and addresses included — rather than field by field: the field reader (line unfolding, escapes,
 * quoted-printable, HTML descriptions) costs about a kilobyte of the 100 KB budget that the detector needs
 * more (docs/adr/0053-word-lists-in-the-bundle.md). Nothing in the file goes unread; the task pane reads
 * the fields.
 */
import type { ExtractContext } from '../core/extraction/limits';
import type { ExtractionResult } from '../core/extraction/types';
import { extractPlainText } from '../core/extraction/formats/plain';

/** An invitation as plain text. */
export function extractIcs(bytes: Uint8Array, ctx: ExtractContext): ExtractionResult {
  return extractPlainText(bytes, ctx);
}

/** A contact card as plain text. */
export function extractVcf(bytes: Uint8Array, ctx: ExtractContext): ExtractionResult {
  return extractPlainText(bytes, ctx);
}
