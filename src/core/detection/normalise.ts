/**
 * Normalise text once before scanning (NFC, dashes, odd spaces, invisible characters) and keep a map
 * back to the original offsets, so findings point at what the user actually wrote.
 *
 * Speed matters (this runs over every byte): unchanged stretches are copied as slices, and the offset
 * map only records the points where the original and normalised offsets start to differ by another amount.
 */

/** Normalised text plus a sparse offset map (`null`: the text was already normal). */
export interface Normalised {
  readonly text: string;
  /**
   * Flat pairs `[normalisedOffset, delta, …]`, ascending: from `normalisedOffset` on, the original offset
   * is the normalised one plus `delta` (until the next pair).
   */
  readonly breaks: readonly number[] | null;
}

// Characters that need work: combining marks (NFC), NBSP and other spaces, soft hyphen, zero-width
// characters, the dash family, line/paragraph separators, BOM, minus sign, full-width hyphen.
const NEEDS_WORK =
  /[\u0300-\u036F\u00A0\u00AD\u2000-\u2015\u2028\u2029\u202F\u205F\u2212\u3000\uFE58\uFE63\uFEFF\uFF0D]/;
const NEEDS_WORK_ALL = new RegExp(NEEDS_WORK.source, 'g');
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
const LINE_BREAKS = /[\u2028\u2029]/;

function isCombining(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}

/** What a single character becomes ('' = removed). Only called for characters NEEDS_WORK matched. */
function replacement(ch: string): string {
  if (DASHES.test(ch)) return '-';
  if (SPACES.test(ch)) return ' ';
  if (LINE_BREAKS.test(ch)) return '\n';
  return ''; // soft hyphen, zero-width characters, BOM
}

/** Normalise `text`; the common case (nothing to do) costs one regex test and no copy. */
export function normalise(text: string): Normalised {
  if (!NEEDS_WORK.test(text)) return { text, breaks: null };
  const parts: string[] = [];
  const breaks: number[] = [];
  let outLength = 0;
  let delta = 0;
  let last = 0;
  const re = NEEDS_WORK_ALL;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const i = m.index;
    if (isCombining(text.charCodeAt(i))) {
      // Compose the base letter with its marks (a + U+030A -> å); the base was not copied yet.
      const start = i > last ? i - 1 : i;
      let end = i + 1;
      while (end < text.length && isCombining(text.charCodeAt(end))) end++;
      parts.push(text.slice(last, start));
      outLength += start - last;
      const composed = text.slice(start, end).normalize('NFC');
      parts.push(composed);
      outLength += composed.length;
      delta += end - start - composed.length;
      last = end;
      re.lastIndex = end;
    } else {
      parts.push(text.slice(last, i));
      outLength += i - last;
      const r = replacement(text.charAt(i));
      parts.push(r);
      outLength += r.length;
      delta += 1 - r.length;
      last = i + 1;
    }
    if (breaks.length === 0 || breaks[breaks.length - 1] !== delta) breaks.push(outLength, delta);
  }
  parts.push(text.slice(last));
  return { text: parts.join(''), breaks };
}

/** Index of the last pair whose first member (at `offsetIndex` 0 or 1 of a pair) is ≤ `value`. */
function lastPairAtOrBefore(
  breaks: readonly number[],
  value: number,
  key: (norm: number, delta: number) => number,
): number {
  let lo = 0;
  let hi = breaks.length / 2 - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(breaks[mid * 2] ?? 0, breaks[mid * 2 + 1] ?? 0) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Map a normalised offset back to the original text. */
export function toOriginal(n: Normalised, offset: number): number {
  if (n.breaks === null) return offset;
  const pair = lastPairAtOrBefore(n.breaks, offset, (norm) => norm);
  return offset + (pair < 0 ? 0 : (n.breaks[pair * 2 + 1] ?? 0));
}

/** Map an original offset into the normalised text (for table cells given in original offsets). */
export function toNormalised(n: Normalised, offset: number): number {
  if (n.breaks === null) return offset;
  const pair = lastPairAtOrBefore(n.breaks, offset, (norm, delta) => norm + delta);
  return Math.max(0, offset - (pair < 0 ? 0 : (n.breaks[pair * 2 + 1] ?? 0)));
}

const DOTTED_CAPITAL_I = '\u0130';

/**
 * Lower-case copy of the same length, so offsets found in it hold in the text. Characters whose lower
 * case has another length are kept as they are: in Unicode that is U+0130 (İ → i̇) alone, so the text
 * between them is lower-cased at once (a character-by-character pass cost a whole scan's normalising).
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return text
    .split(DOTTED_CAPITAL_I)
    .map((part) => part.toLowerCase())
    .join(DOTTED_CAPITAL_I);
}
