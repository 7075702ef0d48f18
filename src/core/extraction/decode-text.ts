/**
 * Bytes → string for text files: UTF-8, UTF-16 (with BOM) and Windows-1252 (a superset of ISO-8859-1, the
 * usual encoding of Swedish CSV exports from older systems). Written by hand because the core runs against
 * ES2016 only (no TextDecoder); fflate's `strFromU8` does the UTF-8 work and uses TextDecoder when present.
 */
import { strFromU8 } from 'fflate';

/** Which decoding was used. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Windows-1252 code points for bytes 0x80–0x9F (the only range where it differs from ISO-8859-1). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/** Code units are turned into a string this many at a time (keeps `fromCharCode.apply` under stack limits). */
const CHUNK = 8192;

function fromCodeUnits(units: Uint16Array): string {
  let out = '';
  for (let i = 0; i < units.length; i += CHUNK) {
    out += String.fromCharCode.apply(
      null,
      Array.prototype.slice.call(units.subarray(i, i + CHUNK)) as number[],
    );
  }
  return out;
}

/** Decodes Windows-1252 (and therefore ISO-8859-1). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    units[i] = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as number) : b;
  }
  return fromCodeUnits(units);
}

/** Decodes UTF-16 in the given byte order; an odd trailing byte is dropped. */
export function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const units = new Uint16Array(bytes.length >> 1);
  for (let i = 0; i < units.length; i++) {
    const a = bytes[2 * i] as number;
    const b = bytes[2 * i + 1] as number;
    units[i] = littleEndian ? a | (b << 8) : (a << 8) | b;
  }
  return fromCodeUnits(units);
}

/** True when `bytes` is well-formed UTF-8 (a truncated sequence at the very end is tolerated). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const extra = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (extra < 0) return false;
    for (let k = 1; k <= extra; k++) {
      if (i + k >= n) return true;
      if (((bytes[i + k] as number) & 0xc0) !== 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

/** Decodes UTF-8, dropping a BOM. Invalid sequences become U+FFFD when TextDecoder is present. */
export function decodeUtf8(bytes: Uint8Array): string {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return strFromU8(start ? bytes.subarray(start) : bytes);
}

/** Guesses the encoding: BOM first, then "valid UTF-8", else Windows-1252. */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  return isValidUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

/** Decodes a text file of unknown encoding (see {@link detectEncoding}). */
export function decodeText(bytes: Uint8Array): string {
  switch (detectEncoding(bytes)) {
    case 'utf-16le':
      return decodeUtf16(bytes.subarray(2), true);
    case 'utf-16be':
      return decodeUtf16(bytes.subarray(2), false);
    case 'utf-8':
      return decodeUtf8(bytes);
    case 'windows-1252':
      return decodeWindows1252(bytes);
  }
}
