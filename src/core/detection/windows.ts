/**
 * Windows of a text that a pattern is limited to. Window edges are moved back over one whole word and
 * forward to whitespace, so a window never starts inside a token: a pattern's start-of-text alternative
 * (`^`) then only ever matches where a token boundary is anyway.
 */
import type { PatternTrigger, Span } from './types';

/** Edges move at most this far, so a text without whitespace still gets bounded windows. */
const MAX_STRETCH = 200;

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** Start of the word before `at` (over any whitespace in between), bounded by `floor`. */
function startOfPreviousWord(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && !isSpace(text, i - 1)) i--;
  while (i > floor && isSpace(text, i - 1)) i--;
  while (i > floor && !isSpace(text, i - 1)) i--;
  return i;
}

/** Sorts raw windows, moves their edges as described above and merges the ones that touch. */
export function mergeWindows(text: string, raw: Span[]): Span[] {
  raw.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const w of raw) {
    const from = Math.max(0, w.start);
    const start = startOfPreviousWord(text, from, Math.max(0, from - MAX_STRETCH));
    let end = Math.min(text.length, w.end);
    const ceiling = Math.min(text.length, end + MAX_STRETCH);
    while (end < ceiling && !isSpace(text, end)) end++;
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, end) };
    else merged.push({ start, end });
  }
  return merged;
}

/** Raw windows (`reach` to each side) around every occurrence of the trigger. */
export function triggerSpots(text: string, trigger: PatternTrigger): Span[] {
  const raw: Span[] = [];
  if (trigger.kind === 'literal') {
    for (let at = text.indexOf(trigger.literal); at >= 0; at = text.indexOf(trigger.literal, at + 1)) {
      raw.push({ start: at - trigger.reach, end: at + trigger.literal.length + trigger.reach });
    }
    return raw;
  }
  // Digit runs: a plain regex lets the engine skip non-digits quickly (faster than a charCode walk).
  // Written `\d{n}\d*`, not `\d{n,}`: V8 runs the bounded form with a backtrack entry per digit and
  // overflows the stack on runs of millions of digits; the trailing star is a simple loop without one.
  const re = new RegExp(`\\d{${trigger.length}}\\d*`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null)
    raw.push({ start: m.index - trigger.reach, end: m.index + m[0].length + trigger.reach });
  return raw;
}
