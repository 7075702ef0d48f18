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

/** Where the line holding `offset` starts and where the line after it ends: two lines around a break. */
function twoLines(text: string, lineBreak: number): Span {
  const start = text.lastIndexOf('\n', lineBreak - 1) + 1;
  const next = text.indexOf('\n', lineBreak + 1);
  return { start, end: next < 0 ? text.length : next };
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/**
 * The two lines around every line break with a digit among the last two characters before it (spaces
 * and a CR skipped) and among the first two after it (indentation and quote marks skipped): where a
 * number wrapped over a line can be, found from the line breaks rather than by a pattern tried at every
 * position of the text. Sorted and merged.
 */
export function linesAroundNumberBreaks(text: string): Span[] {
  const windows: Span[] = [];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    let left = at - 1;
    while (left >= 0 && /[ \t\r]/.test(text.charAt(left))) left--;
    if (!isDigitAt(text, left) && !isDigitAt(text, left - 1)) continue;
    let right = at + 1;
    while (right < text.length && /[ \t>]/.test(text.charAt(right))) right++;
    if (!isDigitAt(text, right) && !isDigitAt(text, right + 1)) continue;
    pushMerged(windows, twoLines(text, at));
  }
  return windows;
}

/** The line holding each offset with the lines before and after it, sorted and merged. */
export function linesAround(text: string, offsets: readonly number[]): Span[] {
  const windows: Span[] = [];
  for (const at of [...offsets].sort((a, b) => a - b)) {
    const start = text.lastIndexOf('\n', at - 1) + 1;
    const before = start > 0 ? text.lastIndexOf('\n', start - 2) + 1 : 0;
    const after = text.indexOf('\n', at);
    const end = after < 0 ? text.length : lineEndAt(text, after + 1);
    pushMerged(windows, { start: before, end });
  }
  return windows;
}

function lineEndAt(text: string, offset: number): number {
  const next = text.indexOf('\n', offset);
  return next < 0 ? text.length : next;
}

/** Adds a window after the last one, merging the two when they touch (windows arrive sorted by start). */
function pushMerged(windows: Span[], w: Span): void {
  const last = windows[windows.length - 1];
  if (last !== undefined && w.start <= last.end)
    windows[windows.length - 1] = { start: last.start, end: Math.max(last.end, w.end) };
  else windows.push(w);
}

/**
 * Matches of the global regex `re` inside sorted, merged windows. Each window is searched from the
 * character before it (the line break a pattern's leading boundary consumes), so a pattern reads it
 * as it would read the whole text; `index` is made absolute. The regex's `lastIndex` is left alone:
 * each window gets a fresh copy.
 */
export function* execInWindows(
  text: string,
  re: RegExp,
  windows: readonly Span[],
): Generator<RegExpExecArray> {
  for (const w of windows) {
    const from = Math.max(0, w.start - 1);
    const slice = text.slice(from, w.end);
    const local = new RegExp(re.source, re.flags);
    let m: RegExpExecArray | null;
    while ((m = local.exec(slice)) !== null) {
      if (m[0].length === 0) local.lastIndex++;
      m.index += from;
      yield m;
    }
  }
}
