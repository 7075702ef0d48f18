/**
 * Whether a person is named on a candidate's line. One person per line is how lists, table rows and CSV
 * files write people, so a number on that line is that person's. One mechanism, three readings:
 * - by default (`Recognizer.namedContext`): a capitalised known first name on the line within `REACH` of
 *   the candidate, outside it — one that is also an everyday word ("Hans", "Mark", "Line") only with a
 *   surname after it — or a first name glued to a surname ("LouiseFriis");
 * - `leadOnly: 'line'` (a phone number's line): the line's first word, after an optional bullet, is a first
 *   name, everyday words included: "Mark Thompson, SmartGrid UK, +44 …";
 * - `leadOnly: 'row'` (a row of people and their values): the same, with only a few words before the
 *   candidate: "Sara Nilsson      BRD 305";
 * - `leadOnly: 'item'` (a list item, its marker already cut off): the item's first word as names are
 *   written ("Anna-Lena"), after at most one opening character.
 */
import type { ScanDocument, Span } from './types';
import { lineStart, lineEnd } from './sentences';
import { CAPITALISED } from './recognizers/sensitive-terms/anchors';
import { isAmbiguousName, isFirstName } from './recognizers/sensitive-terms/first-names';

export interface PersonLineOptions {
  /** Only a first name that opens the line (or list item) counts; see the header. */
  readonly leadOnly?: 'line' | 'item' | 'row';
}

/** A row names its person and then the values: a few words, not a sentence ("Sigrid – kan vi bestille …"). */
const ROW_WORDS = 4;

/** A line longer than this is running text, where a name may be anyone's: only its nearby part counts. */
const REACH = 80;

/**
 * A line's first word, after an optional list marker or a short first column (a flat, a time: "st. th.   Birthe
 * Klausen   22 47 18 93"): "Mark Thompson, …", "- Anna: +47 …", "1. Thomas …".
 */
const LINE_LEAD =
  /^[ \t]*(?:(?:[-*•]|\d{1,2}[.)])[ \t]+|[^\t\n]{1,10}?(?:\t| {2,}))??([A-ZÅÄÖÆØÜ][a-zåäöæøüé]+)/;
/** A list item's first word, as `CAPITALISED` reads names, starting the item. */
const ITEM_LEAD = new RegExp(`^${CAPITALISED.source}`);
/** How much of a list item is read for its first word. */
const ITEM_REACH = 60;

export function namedOnLine(doc: ScanDocument, span: Span, options: PersonLineOptions = {}): boolean {
  const text = doc.text;
  if (options.leadOnly === 'line' || options.leadOnly === 'row') {
    const before = text.slice(lineStart(text, span.start), span.start);
    if (options.leadOnly === 'row' && before.trim().split(/\s+/).length > ROW_WORDS) return false;
    return leadIsName(LINE_LEAD, before);
  }
  if (options.leadOnly === 'item')
    return leadIsName(ITEM_LEAD, text.slice(span.start, Math.min(span.end, span.start + ITEM_REACH)));
  return nameNear(text, span);
}

function leadIsName(lead: RegExp, line: string): boolean {
  const m = lead.exec(line);
  return m !== null && isFirstName(m[1] ?? '');
}

function nameNear(text: string, span: Span): boolean {
  const from = Math.max(lineStart(text, span.start), span.start - REACH);
  const to = Math.min(lineEnd(text, span.end), span.end + REACH);
  return hasFirstName(text.slice(from, span.start)) || hasFirstName(text.slice(span.end, to));
}

/** A capitalised word right after: "Mark Thompson". */
const SURNAME_AFTER = /^[ \t]+[A-Z\u00C0-\u00D6\u00D8-\u00DE][a-z\u00DF-\u00F6\u00F8-\u00FF]/;

/** A first name glued to a surname, as file names write them: "adgangskort_LouiseFriis_…". */
const GLUED_NAME =
  /(?:^|[^A-Za-z\u00C0-\u00FF])([A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]+)(?=[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF])/g;

/**
 * `CAPITALISED`, compiled once here: a dense sheet asks for every number's line, and building the regex
 * per question was half the time spent here. Not reentrant: reset before each use.
 */
const CAPITALISED_WORDS = new RegExp(CAPITALISED.source, 'g');

function hasFirstName(slice: string): boolean {
  GLUED_NAME.lastIndex = 0;
  let glued: RegExpExecArray | null;
  while ((glued = GLUED_NAME.exec(slice)) !== null) if (isFirstName(glued[1] ?? '')) return true;
  CAPITALISED_WORDS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPITALISED_WORDS.exec(slice)) !== null) {
    const word = m[1] ?? '';
    if (!isFirstName(word)) continue;
    if (!isAmbiguousName(word) || SURNAME_AFTER.test(slice.slice(m.index + m[0].length))) return true;
  }
  return false;
}
