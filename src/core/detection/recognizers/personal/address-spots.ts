/**
 * Where a postal address can start, from one walk over the runs of digits, and the address patterns tried
 * anchored at those places only: the same matches as a global scan of the whole text, without trying the
 * street-name alternation at every capitalised word of a long text.
 *
 * Every address has a number, and where the number is says where the match can begin:
 * - a Nordic street (`Storgatan 12`) ends in a street suffix, a space and the house number: the match
 *   begins at most `streetMax` characters before that space;
 * - an English street (`221B Baker Street`) begins at its house number (at most 5 digits, then an optional
 *   letter, a space and a capital);
 * - a postcode (`123 45`, `SE-123 45`) begins at its 3-digit run or the `SE-` before it.
 * Each pattern's boundary group takes one more character before the match.
 */
import { stickyOf } from '../../digit-runs';
import type { Span } from '../../types';

/** Positions `from`..`to` (inclusive) where a match, boundary character included, may begin. */
export interface Spot {
  readonly from: number;
  readonly to: number;
}

/** Where each kind of address can begin, ascending. */
export interface AddressSpots {
  readonly street: readonly Spot[];
  readonly englishStreet: readonly Spot[];
  readonly postcode: readonly Spot[];
}

/** The shape of the street part: its suffixes and its longest length. */
export interface StreetShape {
  /** Matches a street suffix that ends exactly where the tested text ends. */
  readonly suffixAtEnd: RegExp;
  /** The last character of every suffix: a word ending otherwise needs no look with `suffixAtEnd`. */
  readonly suffixEnds: ReadonlySet<string>;
  /** Characters of the longest suffix: how far back before the space the suffix is looked for. */
  readonly suffixMax: number;
  /** Characters of the longest street name (suffix included). */
  readonly streetMax: number;
}

const EN_HOUSE_DIGITS = 5;
/** `SE-` and the boundary character before a postcode's first digit. */
const POSTCODE_LEAD = 4;

function isAsciiLetter(ch: string): boolean {
  return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
}

/** The places in `text` where each address pattern can begin a match. */
export function addressSpots(text: string, shape: StreetShape): AddressSpots {
  const street: Spot[] = [];
  const englishStreet: Spot[] = [];
  const postcode: Spot[] = [];
  const runs = /\d+/g;
  let m: RegExpExecArray | null;
  while ((m = runs.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const length = end - start;
    const next = text.charAt(end);
    // House number after "<street name with suffix> ".
    if (start > 0 && text.charAt(start - 1) === ' ') {
      const space = start - 1;
      // Most numbers follow a word that cannot end a suffix ("vecka 50" can, "kl 10" cannot).
      if (
        shape.suffixEnds.has(text.charAt(space - 1)) &&
        shape.suffixAtEnd.test(text.slice(Math.max(0, space - shape.suffixMax), space))
      )
        street.push({ from: space - shape.streetMax - 1, to: space - 1 });
    }
    // `\d{1,5}[A-Za-z]? [A-Z]`: an English house number.
    if (length <= EN_HOUSE_DIGITS) {
      const afterLetter = isAsciiLetter(next) ? end + 1 : end;
      const capital = text.charAt(afterLetter + 1);
      if (text.charAt(afterLetter) === ' ' && capital >= 'A' && capital <= 'Z')
        englishStreet.push({ from: start - 1, to: start });
    }
    // `[1-9]\d{2} `: the first group of a postcode.
    if (length === 3 && text.charAt(start) !== '0' && next === ' ')
      postcode.push({ from: start - POSTCODE_LEAD, to: start });
  }
  return { street, englishStreet, postcode };
}

/** Two ascending spot lists as one, ascending by `from`. */
export function mergeSpots(a: readonly Spot[], b: readonly Spot[]): Spot[] {
  const merged: Spot[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x.from <= y.from)) {
      if (x !== undefined) merged.push(x);
      i++;
    } else {
      merged.push(y);
      j++;
    }
  }
  return merged;
}

/**
 * The value spans (capture `group`) of `regex`'s matches that begin at the spots, tried in increasing order
 * and never inside a match already found: what a global scan of the whole text finds, provided every match
 * begins at a spot.
 */
export function matchesAtSpots(text: string, spots: readonly Spot[], regex: RegExp, group: number): Span[] {
  const re = stickyOf(regex);
  const spans: Span[] = [];
  // Positions below `next` are tried already or inside a match.
  let next = 0;
  for (const spot of spots) {
    for (let at = Math.max(next, spot.from); at <= spot.to; at++) {
      next = at + 1;
      re.lastIndex = at;
      const m = re.exec(text);
      if (m === null || m[0].length === 0) continue;
      next = at + m[0].length;
      at = next - 1;
      const value = m[group];
      if (value === undefined || value.length === 0) continue;
      // As the engine reads a match: the value group is the last thing the leading context can precede.
      const start = m.index + m[0].lastIndexOf(value);
      spans.push({ start, end: start + value.length });
    }
  }
  return spans;
}
