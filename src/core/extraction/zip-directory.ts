/**
 * Reads a zip file's directory (APPNOTE.TXT 6.3.x, sections 4.3.7 / 4.3.12 / 4.3.16) without inflating
 * anything. When the end-of-central-directory record is missing (a truncated download), the local file
 * headers are walked from the start instead so what is there can still be read.
 */
import { decodeUtf8, decodeWindows1252 } from './decode-text';
import { applyZip64Extra, readZip64End, type EntryNumbers } from './zip64';

/** One central-directory record. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else is not read. */
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  /** Uncompressed size as the archive claims it; the inflater checks the actual size too. */
  readonly declaredSize: number;
  /** Offset of the local file header. */
  readonly localOffset: number;
}

/** The entries, or why the file is not a readable zip. `damaged`: rebuilt from local headers. */
export type ZipDirectory =
  | {
      readonly kind: 'ok';
      readonly entries: readonly ZipEntry[];
      readonly damaged: boolean;
      readonly moreEntries: boolean;
    }
  | { readonly kind: 'corrupt'; readonly reason: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The EOCD record is 22 bytes plus a comment of at most 65535 bytes. */
const MAX_EOCD_SEARCH = 22 + 0xffff;
const FLAG_ENCRYPTED = 0x1;
const FLAG_DATA_DESCRIPTOR = 0x8;
const FLAG_UTF8 = 0x800;

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] as number) | ((bytes[at + 1] as number) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0;
}

function nameAt(bytes: Uint8Array, at: number, length: number, flags: number): string {
  const raw = bytes.subarray(at, at + length);
  // Without the UTF-8 flag names are CP437 by the spec; Windows-1252 gets ASCII and most letters right.
  return flags & FLAG_UTF8 ? decodeUtf8(raw) : decodeWindows1252(raw);
}

function findEndRecord(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - MAX_EOCD_SEARCH);
  for (let at = bytes.length - 22; at >= stop; at--) {
    if (bytes[at] === 0x50 && u32(bytes, at) === EOCD) return at;
  }
  return -1;
}

/** Reads up to `maxEntries` entries; `moreEntries` tells that the archive had more. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const end = findEndRecord(bytes);
  if (end < 0) return walkLocalHeaders(bytes, maxEntries);
  const zip64 = readZip64End(bytes, end);
  const count = zip64 ? zip64.count : u16(bytes, end + 10);
  const offset = zip64 ? zip64.offset : u32(bytes, end + 16);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count && i < maxEntries; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) return walkLocalHeaders(bytes, maxEntries);
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const extraStart = at + 46 + nameLength;
    const numbers: EntryNumbers = {
      compressedSize: u32(bytes, at + 20),
      declaredSize: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    };
    applyZip64Extra(bytes, extraStart, extraStart + u16(bytes, at + 30), numbers);
    entries.push({
      name: nameAt(bytes, at + 46, nameLength, flags),
      method: u16(bytes, at + 10),
      encrypted: (flags & FLAG_ENCRYPTED) !== 0,
      ...numbers,
    });
    at = extraStart + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return { kind: 'ok', entries, damaged: false, moreEntries: count > maxEntries };
}

/** Fallback for archives whose directory is gone: follow local headers while they make sense. */
function walkLocalHeaders(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const entries: ZipEntry[] = [];
  let at = 0;
  while (at + 30 <= bytes.length && u32(bytes, at) === LOCAL && entries.length < maxEntries) {
    const flags = u16(bytes, at + 6);
    const compressedSize = u32(bytes, at + 18);
    const nameLength = u16(bytes, at + 26);
    const dataStart = at + 30 + nameLength + u16(bytes, at + 28);
    // Sizes after the data (data descriptor) cannot be trusted here; the entry's end is unknown.
    if (flags & FLAG_DATA_DESCRIPTOR || dataStart + compressedSize > bytes.length) break;
    entries.push({
      name: nameAt(bytes, at + 30, nameLength, flags),
      method: u16(bytes, at + 8),
      encrypted: (flags & FLAG_ENCRYPTED) !== 0,
      compressedSize,
      declaredSize: u32(bytes, at + 22),
      localOffset: at,
    });
    at = dataStart + compressedSize;
  }
  if (entries.length === 0)
    return { kind: 'corrupt', reason: 'not a readable zip archive (truncated or damaged)' };
  return { kind: 'ok', entries, damaged: true, moreEntries: false };
}

/** Where an entry's compressed data starts, from its local header (whose extra field may differ in size). */
export function dataOffset(bytes: Uint8Array, entry: ZipEntry): number {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL) return -1;
  return at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
}
