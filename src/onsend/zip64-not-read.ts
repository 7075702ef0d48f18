/**
 * Stands in for `src/core/extraction/zip64.ts` in onsend.js (a webpack alias): a ZIP64 archive is not read
 * on send but named "not checked" (the extractor reports the error), and the task pane reads it in full.
 * Attachments Outlook sends are far below ZIP64's 4 GB and 65,535 entries; only tools that always write
 * ZIP64 produce it for small files, and the reader's 0.4 KB of the 100 KB budget went to detection.
 */
import type { EntryNumbers } from '../core/extraction/zip64';

/** Classic 32-bit fields hold this when the real value is in a ZIP64 record. */
export const ZIP64_MARK = 0xffffffff;

function notRead(): never {
  throw new Error('ZIP64 archive: checked in the Mail Guard pane, not on send');
}

/** A ZIP64 end-of-directory locator (PK\6\7) before the classic end record: not read here. */
export function readZip64End(bytes: Uint8Array, classicEnd: number): undefined {
  const at = classicEnd - 20;
  if (at >= 0 && bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 6 && bytes[at + 3] === 7)
    notRead();
  return undefined;
}

/** An entry whose size or offset lives in a ZIP64 extra field: not read here. */
export function applyZip64Extra(_bytes: Uint8Array, _from: number, _to: number, numbers: EntryNumbers): void {
  if (
    numbers.declaredSize === ZIP64_MARK ||
    numbers.compressedSize === ZIP64_MARK ||
    numbers.localOffset === ZIP64_MARK
  )
    notRead();
}
