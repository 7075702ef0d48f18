/**
 * Bytes → string for text files: UTF-8, UTF-16 (with BOM) and Windows-1252 (a superset of ISO-8859-1, the
 * usual encoding of Swedish CSV exports from older systems). Written by hand because the core runs against
 * ES2016 only: UTF-8 goes through the runtime's `TextDecoder` where there is one (Node, browsers) and
 * through the same decoding written out here where there is none (Outlook's on-send runtime). Not through
 * a zip library's helper: importing one builds its inflate tables on every start of the CLI, zip or not.
 */

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

const REPLACEMENT = 0xfffd;
const BYTE_ORDER_MARK = 0xfeff;

/** Where each code point's bytes are counted, and the range its next byte must fall in. */
interface Utf8State {
  codePoint: number;
  needed: number;
  seen: number;
  lower: number;
  upper: number;
}

/** Starts a sequence at lead byte `b`; false when `b` cannot start one. */
function lead(state: Utf8State, b: number): boolean {
  if (b >= 0xc2 && b <= 0xdf) {
    state.needed = 1;
    state.codePoint = b & 0x1f;
  } else if (b >= 0xe0 && b <= 0xef) {
    if (b === 0xe0) state.lower = 0xa0;
    if (b === 0xed) state.upper = 0x9f;
    state.needed = 2;
    state.codePoint = b & 0x0f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    if (b === 0xf0) state.lower = 0x90;
    if (b === 0xf4) state.upper = 0x8f;
    state.needed = 3;
    state.codePoint = b & 0x07;
  } else return false;
  return true;
}

function reset(state: Utf8State): void {
  state.codePoint = 0;
  state.needed = 0;
  state.seen = 0;
  state.lower = 0x80;
  state.upper = 0xbf;
}

/**
 * UTF-8 decoding as the WHATWG Encoding Standard's decoder does it (what `new TextDecoder()` does, BOM
 * handling included): each maximal invalid subsequence, and a sequence cut short at the end, becomes one
 * U+FFFD; a byte order mark at the very start is dropped.
 */
export function decodeUtf8Standard(bytes: Uint8Array): string {
  // Never more UTF-16 code units than bytes: four bytes make at most two units, anything else one.
  const units = new Uint16Array(bytes.length);
  let length = 0;
  const state: Utf8State = { codePoint: 0, needed: 0, seen: 0, lower: 0x80, upper: 0xbf };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (state.needed === 0) {
      if (b <= 0x7f) units[length++] = b;
      else if (!lead(state, b)) units[length++] = REPLACEMENT;
      continue;
    }
    if (b < state.lower || b > state.upper) {
      // The sequence so far is one error; this byte is read again as a start.
      reset(state);
      units[length++] = REPLACEMENT;
      i--;
      continue;
    }
    state.lower = 0x80;
    state.upper = 0xbf;
    state.codePoint = (state.codePoint << 6) | (b & 0x3f);
    state.seen += 1;
    if (state.seen < state.needed) continue;
    const cp = state.codePoint;
    if (cp > 0xffff) {
      units[length++] = 0xd800 + ((cp - 0x10000) >> 10);
      units[length++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    } else units[length++] = cp;
    reset(state);
  }
  if (state.needed > 0) units[length++] = REPLACEMENT;
  const from = length > 0 && units[0] === BYTE_ORDER_MARK ? 1 : 0;
  return fromCodeUnits(units.subarray(from, length));
}

/** The runtime's UTF-8 decoder, where it has one. */
interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}
type DecoderClass = new () => Utf8Decoder;
// Declared here, not taken from a lib: the core's ES2016 lib has no TextDecoder, and the on-send runtime may
// have neither it nor `globalThis` (ES2020), so `typeof` is the only safe look-up.
declare const TextDecoder: DecoderClass | undefined;
const DecoderOfRuntime: DecoderClass | undefined =
  typeof TextDecoder === 'undefined' ? undefined : TextDecoder;
let runtimeDecoder: Utf8Decoder | undefined;

/** Decodes UTF-8, dropping a BOM; invalid sequences become U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): string {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = start ? bytes.subarray(start) : bytes;
  if (DecoderOfRuntime === undefined) return decodeUtf8Standard(body);
  if (runtimeDecoder === undefined) runtimeDecoder = new DecoderOfRuntime();
  return runtimeDecoder.decode(body);
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
