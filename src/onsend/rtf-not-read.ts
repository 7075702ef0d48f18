/**
 * Stands in for `src/core/extraction/formats/rtf.ts` in onsend.js (a webpack alias). RTF attachments are
 * rare in Outlook mail, and the reader's control-word tables cost about 0.6 KB of the 100 KB budget that
 * the detector needs more (format-table.ts: RTF `onSend: false`, docs/adr/0053-word-lists-in-the-bundle.md).
 * An RTF file on send is checked through the task pane's cache or named "not checked", never called clean;
 * this answer is for an RTF file met inside another (an archive's member, an embedded object).
 */
import type { ExtractionResult } from '../core/extraction/types';

/** What the send check answers for an RTF file: not read here. */
export function extractRtf(): Promise<ExtractionResult> {
  return Promise.resolve({ kind: 'unsupported', reason: 'RTF files are not read here' });
}
