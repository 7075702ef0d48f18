/**
 * Stands in for `src/core/extraction/formats/pdf.ts` in onsend.js (a webpack alias). The on-send bundle
 * has no pdf.js (format-table.ts: PDF `onSend: false`, docs/adr/0006-pdf-on-send.md), so the extractor
 * could only ever give this answer there; its page reading would be dead weight in the bundle. A PDF on
 * send is checked through the task pane's cache or named "not checked".
 */
import type { ExtractionResult } from '../core/extraction/types';

/** What `extractPdf` answers without a pdf.js loader. */
export function extractPdf(): Promise<ExtractionResult> {
  return Promise.resolve({ kind: 'unsupported', reason: 'PDF files are not read here' });
}
