/**
 * Stands in for `src/core/extraction/formats/odf.ts` in onsend.js (a webpack alias). OpenDocument files
 * (.odt, .ods, .odp) are rare in Outlook mail, and their readers cost about 0.7 KB of the 100 KB budget that
 * the detector needs more (format-table.ts: the zip format's `onSend` exceptions,
 * docs/adr/0053-word-lists-in-the-bundle.md). An OpenDocument attachment on send is checked through the
 * task pane's cache or named "not checked"; this answer is for one met inside another file (an archive's
 * member, an embedded object), which is then reported as not fully read, never as clean.
 */
import type { OdfEmbedded } from '../core/extraction/formats/odf';
import type { ExtractionResult } from '../core/extraction/types';
import type { ZipReader } from '../core/extraction/zip-reader';

/** True when the zip is an OpenDocument package (the same test as the reader's). */
export function isOdf(zip: ZipReader): boolean {
  return zip.has('mimetype') && zip.has('content.xml');
}

const NOT_READ: ExtractionResult = { kind: 'unsupported', reason: 'OpenDocument files are not read here' };

/** What the send check answers for an OpenDocument package: not read here. */
export function extractOdf(): ExtractionResult {
  return NOT_READ;
}

/** ...and for an OpenDocument sub-document inside another file. */
export function extractOdfDocument(): ExtractionResult {
  return NOT_READ;
}

/** ...and no embedded objects to read in one (an OpenDocument package is not read here at all). */
export function odfEmbedded(): OdfEmbedded {
  return { objects: [], subDocuments: [] };
}
