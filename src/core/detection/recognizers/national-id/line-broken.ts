/**
 * Civil numbers broken over two lines by a mail client's wrapping or by hand: "…personnummer
 * 850709-" / "9805", "199110" / "23-0860", quoted ("> 9805") too. The regex patterns see one line at a
 * time, so these are found here: at each line break with digits on both sides, the digit-and-dash tokens
 * either side are joined and kept when the joined text has one of the recognizer's shapes. Validators read
 * the value with the line break removed.
 */
import type { Candidate, ScanDocument } from '../../types';
import {
  SCORE_LONG_COMPACT,
  SCORE_LONG_SEPARATED,
  SCORE_SHORT_COMPACT,
  SCORE_SHORT_SEPARATED,
} from './swedish-shapes';

export const LINE_BROKEN_PATTERN = 'se-line-broken';

/** A whole shape a joined value may have, with its base score. */
export interface BrokenShape {
  readonly re: RegExp;
  readonly score: number;
}

/** Swedish personnummer and samordningsnummer shapes. */
export const SWEDISH_BROKEN_SHAPES: readonly BrokenShape[] = [
  { re: /^(?:18|19|20)\d{6}[-+]\d{4}$/, score: SCORE_LONG_SEPARATED },
  { re: /^\d{6}[-+]\d{4}$/, score: SCORE_SHORT_SEPARATED },
  { re: /^(?:18|19|20)\d{10}$/, score: SCORE_LONG_COMPACT },
  { re: /^\d{10}$/, score: SCORE_SHORT_COMPACT },
];
const TOKEN_CHAR = /[\d+-]/;
/** A token may not be glued to letters or other number punctuation (serials, versions, phone numbers). */
const GLUE = /[A-Za-z.\d/]/;

/** Whether the text goes on as a longer token after `end` ("9805.3", "9805abc"); a full stop does not. */
function gluedAfter(text: string, end: number): boolean {
  const ch = text.charAt(end);
  if (ch === '.') return /\d/.test(text.charAt(end + 1));
  return GLUE.test(ch);
}

function tokenStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && end - i < 13 && TOKEN_CHAR.test(text.charAt(i - 1))) i--;
  return i;
}

function tokenEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && i - start < 13 && TOKEN_CHAR.test(text.charAt(i))) i++;
  return i;
}

/** A token split by one line break: where it starts and ends, and its text with the break removed. */
interface BrokenToken {
  readonly start: number;
  readonly end: number;
  readonly joined: string;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Every line break with a digit, `-` or `+` before it (spaces and a CR in between) and a digit after it
 * (indentation and quote marks `>` in between): `[\d+-][ \t]*\r?\n[ \t>]*\d`, found from the line breaks
 * themselves rather than by a regex tried at every position.
 */
function* breaks(text: string): Generator<{ readonly leftEnd: number; readonly rightStart: number }> {
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    let left = at - 1;
    if (text.charCodeAt(left) === 13) left--;
    while (left >= 0 && (text.charCodeAt(left) === 32 || text.charCodeAt(left) === 9)) left--;
    const before = text.charCodeAt(left);
    if (left < 0 || !(isDigit(before) || before === 45 || before === 43)) continue;
    let right = at + 1;
    while (right < text.length && /[ \t>]/.test(text.charAt(right))) right++;
    if (!isDigit(text.charCodeAt(right))) continue;
    yield { leftEnd: left + 1, rightStart: right };
    at = right - 1;
  }
}

/** The split tokens of a document, found once and shared by every recognizer that reads them. */
const tokensOf = new WeakMap<ScanDocument, readonly BrokenToken[]>();

function brokenTokens(doc: ScanDocument): readonly BrokenToken[] {
  let tokens = tokensOf.get(doc);
  if (tokens !== undefined) return tokens;
  const text = doc.text;
  const found: BrokenToken[] = [];
  for (const { leftEnd, rightStart } of breaks(text)) {
    const start = tokenStart(text, leftEnd);
    const end = tokenEnd(text, rightStart);
    if (GLUE.test(text.charAt(start - 1)) || gluedAfter(text, end)) continue;
    found.push({ start, end, joined: text.slice(start, leftEnd) + text.slice(rightStart, end) });
  }
  tokens = found;
  tokensOf.set(doc, tokens);
  return tokens;
}

/** Candidates for numbers of `shapes` split by one line break. */
export function* lineBrokenNumbers(doc: ScanDocument, shapes: readonly BrokenShape[]): Generator<Candidate> {
  for (const { start, end, joined } of brokenTokens(doc)) {
    for (const shape of shapes) {
      if (!shape.re.test(joined)) continue;
      yield { start, end, pattern: LINE_BROKEN_PATTERN, score: shape.score, reasons: [LINE_BROKEN_PATTERN] };
      break;
    }
  }
}
