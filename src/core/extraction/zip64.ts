/**
 * ZIP64 (APPNOTE.TXT 4.3.14–4.3.15, 4.5.3): archives over 4 GB or 65,535 entries — and those written by
 * tools that always use ZIP64 (streaming zippers, some backup and export tools) — keep their real counts,
 * sizes and offsets in 64-bit records; the classic fields then hold 0xFFFF / 0xFFFFFFFF.
 */

const LOCATOR = 0x07064b50;
const END64 = 0x06064b50;
const EXTRA_ZIP64 = 0x0001;
/** Classic 32-bit fields hold this when the real value is in a ZIP64 record. */
export const ZIP64_MARK = 0xffffffff;

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] as number) | ((bytes[at + 1] as number) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0;
}

/** A 64-bit little-endian value; above 2^53 it is no longer exact, far beyond any limit checked. */
function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 0x100000000;
}

/** The entry count and directory offset of the ZIP64 end record, when a locator precedes the classic one. */
export function readZip64End(
  bytes: Uint8Array,
  classicEnd: number,
): { readonly count: number; readonly offset: number } | undefined {
  const locator = classicEnd - 20;
  if (locator < 0 || u32(bytes, locator) !== LOCATOR) return undefined;
  const end = u64(bytes, locator + 8);
  if (end + 56 > bytes.length || u32(bytes, end) !== END64) return undefined;
  return { count: u64(bytes, end + 32), offset: u64(bytes, end + 48) };
}

/** Classic values of a central-directory record, replaced from its ZIP64 extra field where marked. */
export interface EntryNumbers {
  declaredSize: number;
  compressedSize: number;
  localOffset: number;
}

/**
 * Fills in the marked fields of `numbers` from the ZIP64 extra field in `bytes[from, to)`. The extra field
 * holds only the marked values, in this order: uncompressed size, compressed size, local header offset.
 */
export function applyZip64Extra(bytes: Uint8Array, from: number, to: number, numbers: EntryNumbers): void {
  let at = from;
  while (at + 4 <= to) {
    const id = u16(bytes, at);
    const size = u16(bytes, at + 2);
    const end = Math.min(to, at + 4 + size);
    if (id === EXTRA_ZIP64) {
      let field = at + 4;
      const take = (): number | undefined => {
        if (field + 8 > end) return undefined;
        const value = u64(bytes, field);
        field += 8;
        return value;
      };
      if (numbers.declaredSize === ZIP64_MARK) numbers.declaredSize = take() ?? ZIP64_MARK;
      if (numbers.compressedSize === ZIP64_MARK) numbers.compressedSize = take() ?? ZIP64_MARK;
      if (numbers.localOffset === ZIP64_MARK) numbers.localOffset = take() ?? ZIP64_MARK;
      return;
    }
    at = end;
  }
}
