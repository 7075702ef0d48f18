/**
 * The numeric-token pass: where the runs of digits are, found once per text, and the digit-shaped
 * patterns tried only at those places.
 *
 * Every identity, card and account number starts with a run of digits (after at most a few letters or
 * a boundary character). Instead of each pattern's regex walking the whole text (or windows of it), the
 * runs are listed once and each pattern is tried, anchored (sticky), at the few positions before each
 * run where one of its matches can begin. The result is exactly what a global scan of the whole text
 * finds: the positions are tried in increasing order, never inside a match already taken, and every
 * position a match can start at is among them (the trigger's `lead` promises so).
 */
import type { Pattern, Span } from './types';

/** The maximal runs of at least `length` ASCII digits: their starts and lengths, ascending. */
export interface DigitRuns {
  readonly starts: number[];
  readonly lengths: number[];
}

/** Lists the maximal runs of at least `length` ASCII digits. */
export function digitRuns(text: string, length: number): DigitRuns {
  // `\d{n}\d*`, not `\d{n,}`: V8 runs the bounded form with a backtrack entry per digit and overflows
  // the stack on runs of millions of digits; the trailing star is a simple loop without one.
  const re = new RegExp(`\\d{${length}}\\d*`, 'g');
  const starts: number[] = [];
  const lengths: number[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    starts.push(m.index);
    lengths.push(m[0].length);
  }
  return { starts, lengths };
}

/** Starts of the maximal runs of at least `length` ASCII digits, ascending. */
export function digitRunStarts(text: string, length: number): number[] {
  return digitRuns(text, length).starts;
}

/**
 * The starts of the runs in `runs` that are at least `length` long: a maximal run of 6 digits is a maximal
 * run of 4 that is 6 long or longer, so one pass at the shortest length serves every longer one.
 */
export function startsOfAtLeast(runs: DigitRuns, length: number): number[] {
  const starts: number[] = [];
  for (let i = 0; i < runs.starts.length; i++)
    if ((runs.lengths[i] ?? 0) >= length) starts.push(runs.starts[i] ?? 0);
  return starts;
}

const sticky = new WeakMap<RegExp, RegExp>();

/** The pattern's regex, anchored where it is tried (compiled once per regex). */
export function stickyOf(re: RegExp): RegExp {
  let anchored = sticky.get(re);
  if (anchored === undefined) {
    anchored = new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}y`);
    sticky.set(re, anchored);
  }
  return anchored;
}

/**
 * The pattern's matches (its value spans) among the positions `lead` characters before to the first
 * digit of each run in `starts`: the same spans, in the same order, as a global scan of the whole text.
 */
export function matchesAtRuns(
  text: string,
  starts: readonly number[],
  lead: number,
  pattern: Pattern,
): Span[] {
  if (!pattern.regex.global) throw new TypeError(`Pattern ${pattern.name} must use the g flag`);
  const re = stickyOf(pattern.regex);
  const group = pattern.group ?? 0;
  const spans: Span[] = [];
  // Where a global scan would resume: positions before it are inside a match already found.
  let next = 0;
  for (const runStart of starts) {
    for (let at = Math.max(next, runStart - lead); at <= runStart; at++) {
      re.lastIndex = at;
      const m = re.exec(text);
      if (m === null) continue;
      if (m[0].length === 0) {
        next = at + 1;
        continue;
      }
      next = at + m[0].length;
      at = next - 1;
      const value = m[group];
      if (value === undefined || value.length === 0) continue;
      // As in a whole-text scan: the value group is the last thing the leading context can precede.
      const start = group === 0 ? m.index : m.index + m[0].lastIndexOf(value);
      spans.push({ start, end: start + value.length });
    }
  }
  return spans;
}
