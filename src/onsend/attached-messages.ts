/**
 * Stands in for `src/core/extraction/formats/email.ts` in onsend.js (a webpack alias). Attached messages
 * need postal-mime, which classic Outlook's JavaScript-only runtime cannot load (it needs TextEncoder, Blob
 * and FileReader) and the 60 KB budget cannot hold; on send they are named "not checked" unless the task
 * pane cached their scan (docs/adr/0006-pdf-on-send.md).
 */
import type { ExtractionResult } from '../core/extraction/types';

export function extractEmail(): Promise<ExtractionResult> {
  // `failed`, not `unsupported`: an unchecked message must be named in the alert with "Send anyway".
  return Promise.resolve({
    kind: 'failed',
    reason: 'attached message: checked in the task pane, not on send',
  });
}
