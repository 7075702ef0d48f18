/**
 * Normalise text once before scanning (NFC, dashes, odd spaces, invisible characters) and keep a map
 * back to the original offsets, so findings point at what the user actually wrote.
 */

/** Normalised text plus the original offset of each of its characters (`null` map: unchanged text). */
export interface Normalised {
  readonly text: string;
  /** `starts[i]` is the original offset of normalised character `i`; `starts[text.length]` the original length. */
  readonly starts: readonly number[] | null;
}

// Characters that need work: NBSP and other spaces, soft hyphen, combining marks (NFC),
// zero-width characters, the dash family, line/paragraph separators, BOM.
const NEEDS_WORK = /[\u0300-\u036F\u00A0\u00AD\u2000-\u2015\u2028\u2029\u202F\u205F\u2212\u3000\uFE58\uFE63\uFEFF\uFF0D]/;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
const INVISIBLE = /[\u00AD\u200B-\u200F\uFEFF]/;
const LINE_BREAKS = /[\u2028\u2029]/;
const COMBINING = /[\u0300-\u036F]/;

/** Normalise `text`; the common case (nothing to do) costs one regex test and no copy. */
export function normalise(text: string): Normalised {
  if (!NEEDS_WORK.test(text)) return { text, starts: null };
  const out: string[] = [];
  const starts: number[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    let clusterEnd = i + 1;
    while (clusterEnd < text.length && COMBINING.test(text.charAt(clusterEnd))) clusterEnd++;
    if (clusterEnd > i + 1) {
      // A base letter with combining marks: compose (e.g. a + U+030A -> å), map every output char to the base.
      const composed = text.slice(i, clusterEnd).normalize('NFC');
      for (let k = 0; k < composed.length; k++) {
        out.push(composed.charAt(k));
        starts.push(i);
      }
    } else if (!INVISIBLE.test(ch)) {
      out.push(DASHES.test(ch) ? '-' : SPACES.test(ch) ? ' ' : LINE_BREAKS.test(ch) ? '\n' : ch);
      starts.push(i);
    }
    i = clusterEnd;
  }
  starts.push(text.length);
  return { text: out.join(''), starts };
}

/** Map a normalised offset back to the original text. */
export function toOriginal(n: Normalised, offset: number): number {
  if (n.starts === null) return offset;
  const mapped = n.starts[offset];
  return mapped === undefined ? (n.starts[n.starts.length - 1] ?? offset) : mapped;
}

/**
 * Lower-case copy of the same length, so offsets found in it hold in the text. Characters whose lower
 * case has another length (e.g. U+0130) are kept as they are.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const l = ch.toLowerCase();
    out.push(l.length === 1 ? l : ch);
  }
  return out.join('');
}
