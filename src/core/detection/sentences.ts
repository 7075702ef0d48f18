/**
 * Where a sentence, a paragraph and a list item begin and end. Evidence around a hit (who it is about, a
 * negative cue, policy talk) belongs to the hit's own sentence, so these boundaries decide what counts:
 * - a dot after an abbreviation ("art. 9", "t.ex.", "bl.a.", "nr.", "e.g.", "Dr.") or an initial ("A. Berg")
 *   does not end a sentence, nor does a dot followed by a lower-case word or a digit;
 * - a line break ends a sentence; a blank line ends a paragraph;
 * - a list item ("- …", "• …", "1. …") belongs to its lead-in line ("HR-nyckeltal Q3:").
 */
import type { Span } from './types';

/** Abbreviations that end in a dot inside a sentence (lower case, without the final dot). */
// prettier-ignore
const ABBREVIATIONS: readonly string[] = [
  // Swedish, Norwegian, Danish
  'art', 't.ex', 'bl.a', 'nr', 'ca', 'resp', 'jfr', 'kap', 'st', 'fr.o.m', 't.o.m', 'p.g.a', 'pga', 'dvs',
  'd.v.s', 'inkl', 'exkl', 'tel', 'mob', 'ang', 'avd', 'f', 'föd', 'ev', 'kl', 'mm', 'o.d', 's.k', 'sk', 'tf',
  'vd', 'v', 'f.d', 'fd', 'jf', 'bl', 'evt', 'mht', 'ifm', 'iht', 'nb', 'dr', 'fr', 'prof', 'ref', 'f.eks',
  'ift', 'vs', 'jvf', 'hhv', 'ppa',
  // English
  'e.g', 'i.e', 'mr', 'mrs', 'ms', 'approx', 'dept', 'fig', 'co', 'jr', 'sr', 'p', 'pp', 'vol', 'cf', 'ext',
  'ch', 'ibid', 'viz',
];
const ABBREVIATION: { readonly [w: string]: true } = ABBREVIATIONS.reduce<{ [w: string]: true }>((acc, w) => {
  acc[w] = true;
  return acc;
}, {});

/** The token before a dot at `i`: letters and inner dots ("t.ex" in "t.ex."). */
function tokenBefore(text: string, i: number): string {
  let start = i;
  while (start > 0 && /[A-Za-z\u00C0-\u024F.]/.test(text.charAt(start - 1))) start--;
  return text.slice(start, i);
}

function nextVisible(text: string, i: number): string {
  let j = i;
  while (j < text.length && (text.charAt(j) === ' ' || text.charAt(j) === '\t')) j++;
  return text.charAt(j);
}

/**
 * Whether the line break at `i` only wraps a long line: mail clients wrap plain text at about 72
 * characters, so "…välkomnar sökande" / "oavsett kön, …" is one sentence. It wraps when the line before does
 * not end in punctuation and the next line (after indentation or a quote prefix) starts in lower case.
 */
function isSoftWrap(text: string, i: number): boolean {
  let before = i - 1;
  while (before >= 0 && (text.charAt(before) === ' ' || text.charAt(before) === '\t')) before--;
  if (before < 0 || /[.!?:;\n\u2026]/.test(text.charAt(before))) return false;
  // A line that ends in a preposition, article or conjunction goes on, whatever the next line starts with
  // ("han är medlem i" / "Sveriges Ingenjörer").
  if (ENDS_IN_FUNCTION_WORD.test(text.slice(Math.max(0, before - 12), before + 1))) return true;
  let j = i + 1;
  while (j < text.length && /[ \t>]/.test(text.charAt(j))) j++;
  return /[a-z\u00DF-\u00FF]/.test(text.charAt(j));
}

/** Words no sentence ends with (sv, no, da, en), as the last word of a line. */
const ENDS_IN_FUNCTION_WORD =
  /(?:^|[^A-Za-z\u00C0-\u024F])(?:i|av|af|för|for|till|til|med|på|om|och|og|att|at|som|en|ett|et|den|det|från|fra|hos|vid|ved|mot|mod|the|a|an|of|to|in|with|on|and|or|from|by)$/;

/**
 * Whether the character at `i` ends a sentence. With `lineBreaks` false a line break never does: the
 * window of a negative cue runs on across lines ("Ordernr:" above the number it names).
 */
export function isSentenceEnd(text: string, i: number, lineBreaks = true): boolean {
  const ch = text.charAt(i);
  if (ch === '\n') return lineBreaks && !isSoftWrap(text, i);
  if (ch === '!' || ch === '?' || ch === '\u2026') return true;
  if (ch !== '.') return false;
  // "F43.2", "v1.2", "vinnter.se" and "e.g." mid-word: a dot ends a sentence only before white space.
  if (i + 1 < text.length && !/\s/.test(text.charAt(i + 1))) return false;
  const token = tokenBefore(text, i);
  // An initial ("A. Berg") or a known abbreviation ("art. 9", "t.ex.") is not a sentence end.
  if (/^[A-Z\u00C0-\u00DE]$/.test(token) || ABBREVIATION[token.toLowerCase()] === true) return false;
  // "…nr. 4" or "… ca. fem": a sentence goes on when the next word starts in lower case or with a digit.
  const next = nextVisible(text, i + 1);
  return !/[a-z0-9\u00DF-\u00FF]/.test(next);
}

/** The sentence around `span`, at most `reach` characters each side. */
export function sentenceAround(text: string, span: Span, reach: number): Span {
  let start = span.start;
  const minStart = Math.max(0, span.start - reach);
  while (start > minStart && !isSentenceEnd(text, start - 1)) start--;
  let end = span.end;
  const maxEnd = Math.min(text.length, span.end + reach);
  while (end < maxEnd && !isSentenceEnd(text, end)) end++;
  return { start, end };
}

/**
 * Where the sentence holding `offset` starts, looking back at most `reach` characters; -1 when no sentence
 * ends in that stretch. Line breaks count only when `lineBreaks` is true.
 */
export function sentenceStartWithin(text: string, offset: number, reach: number, lineBreaks = true): number {
  const min = Math.max(0, offset - reach);
  for (let i = offset - 1; i >= min; i--) {
    if (!isSentenceEnd(text, i, lineBreaks)) continue;
    let start = i + 1;
    while (start < offset && /\s/.test(text.charAt(start))) start++;
    return start;
  }
  return -1;
}

/** Just after the character that ends the sentence holding `offset`, within `reach`; -1 when none. */
export function sentenceEndWithin(text: string, offset: number, reach: number, lineBreaks = true): number {
  const max = Math.min(text.length, offset + reach);
  for (let i = offset; i < max; i++) if (isSentenceEnd(text, i, lineBreaks)) return i + 1;
  return -1;
}

/** A list item's marker: a bullet or a number with a dot or bracket, at the start of a line. */
const ITEM = /^[ \t]*(?:[-*\u2022\u2013\u25AA\u25CF]|\d{1,2}[.)])[ \t]+/;
/** The opening pipe of a text table's row, or the indentation of a plain one. */
const TABLE_CELL = /^[ \t]*\|[ \t]*/;
const INDENT = /^[ \t]+/;

/** Where the line holding `offset` starts: just after the previous line break, or 0. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Where the line holding `offset` ends: its line break, or the end of the text. */
export function lineEnd(text: string, offset: number): number {
  const next = text.indexOf('\n', offset);
  return next < 0 ? text.length : next;
}

/** Whether the line starting at `start` is a list item. */
export function isItem(text: string, start: number): boolean {
  return ITEM.test(text.slice(start, start + 8));
}

/**
 * The lead-in line of the list item holding `offset` ("Sjukskrivna denna vecka:" above "- Anna Berg", or a
 * colon line one blank line above the first item), or undefined when the offset is not in a list item.
 * Looks back over at most `maxItems` sibling items.
 */
export function leadIn(text: string, offset: number, maxItems = 50): Span | undefined {
  let start = lineStart(text, offset);
  if (!isItem(text, start)) return undefined;
  for (let n = 0; n < maxItems && start > 0; n++) {
    const prev = lineStart(text, start - 1);
    const line = text.slice(prev, start - 1);
    if (line.trim() === '') return colonLineAbove(text, prev);
    if (!isItem(text, prev)) return { start: prev, end: start - 1 };
    start = prev;
  }
  return undefined;
}

/**
 * The lines listed under the lead-in line holding `offset` ("Sjukskrivna:" above "- Anna Berg" or a plain
 * "Anna Berg", one blank line between them at most): the text of each line after its list marker (or a
 * table row's opening pipe), up to the next blank line, at most `maxItems`. Empty when the line does not
 * end in a colon or nothing is listed under it.
 */
export function listBelow(text: string, offset: number, maxItems = 50): Span[] {
  const lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0 || !/:[ \t]*$/.test(text.slice(lineStart(text, offset), lineEnd))) return [];
  const items: Span[] = [];
  let start = lineEnd + 1;
  // One blank line may stand between a lead-in and its list, as `leadIn` reads it from the other side.
  const firstEnd = text.indexOf('\n', start);
  if (firstEnd > 0 && text.slice(start, firstEnd).trim() === '') start = firstEnd + 1;
  while (items.length < maxItems && start < text.length) {
    const next = text.indexOf('\n', start);
    const end = next < 0 ? text.length : next;
    if (text.slice(start, end).trim() === '') break;
    // A table row's first cell is read as the item: "| Emma Lindgren | 3.3. | FE-20418 |".
    const head = text.slice(start, start + 8);
    const marker = ITEM.exec(head) ?? TABLE_CELL.exec(head) ?? INDENT.exec(head);
    items.push({ start: start + (marker === null ? 0 : marker[0].length), end });
    start = end + 1;
  }
  return items;
}

/** Where the paragraph holding `offset` starts: after the last blank line before it, within `reach`. */
export function paragraphStart(text: string, offset: number, reach: number): number {
  const from = Math.max(0, offset - reach);
  const window = text.slice(from, offset);
  const re = /\n[ \t]*\n/g;
  let start = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(window)) !== null) start = from + m.index + m[0].length;
  return start;
}

/** Where the paragraph holding `offset` ends (the next blank line), within `reach`; -1 when none. */
export function paragraphEnd(text: string, offset: number, reach: number): number {
  const m = /\n[ \t]*\n/.exec(text.slice(offset, offset + reach));
  return m === null ? -1 : offset + m.index;
}

/**
 * The paragraph holding `from`–`to`: from the last blank line before it to the next one after it, each looked
 * for within `reach`; where none is, `reach` itself bounds it.
 */
export function paragraphAround(text: string, from: number, to: number, reach: number): Span {
  const start = paragraphStart(text, from, reach);
  const end = paragraphEnd(text, to, reach);
  return {
    start: start < 0 ? Math.max(0, from - reach) : start,
    end: end < 0 ? Math.min(text.length, to + reach) : end,
  };
}

/** How many plain lines a colon lead-in may stand above ("Fødselsdage:" over four names and dates). */
export const MAX_PLAIN_ITEMS = 20;

/**
 * The line a list hangs from, for the line holding `offset`: a bulleted item's lead-in ({@link leadIn}), or
 * a line ending in a colon above a run of plain lines, directly or over one blank line (an HTML table under
 * its lead-in paragraph). Undefined otherwise.
 */
export function listLeadIn(text: string, offset: number): Span | undefined {
  const bulleted = leadIn(text, offset);
  if (bulleted !== undefined) return bulleted;
  let start = lineStart(text, offset);
  for (let n = 0; n < MAX_PLAIN_ITEMS && start > 0; n++) {
    const prev = lineStart(text, start - 1);
    const line = text.slice(prev, start - 1);
    if (line.trim() === '') return colonLineAbove(text, prev);
    if (/:[ \t]*\r?$/.test(line)) return { start: prev, end: start - 1 };
    start = prev;
  }
  return undefined;
}

/**
 * The colon line right above a blank line at `blank`: a lead-in paragraph over a table or list block, as
 * HTML mail lays them out ("…kan bestille kage:" / blank / the rows).
 */
export function colonLineAbove(text: string, blank: number): Span | undefined {
  if (blank === 0) return undefined;
  const prev = lineStart(text, blank - 1);
  return /:[ \t]*\r?$/.test(text.slice(prev, blank - 1)) ? { start: prev, end: blank - 1 } : undefined;
}
