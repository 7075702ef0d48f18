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

/** A digit (or a dash after one) at the end of a line and a digit at the start of the next. */
const BREAK = /[\d-+][ \t]*\r?\n[ \t>]*\d/g;
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

/** Candidates for numbers of `shapes` split by one line break. */
export function* lineBrokenNumbers(doc: ScanDocument, shapes: readonly BrokenShape[]): Generator<Candidate> {
  const text = doc.text;
  BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BREAK.exec(text)) !== null) {
    const leftEnd = m.index + 1;
    const rightStart = m.index + m[0].length - 1;
    BREAK.lastIndex = rightStart;
    const start = tokenStart(text, leftEnd);
    const end = tokenEnd(text, rightStart);
    if (GLUE.test(text.charAt(start - 1)) || gluedAfter(text, end)) continue;
    const joined = text.slice(start, leftEnd) + text.slice(rightStart, end);
    for (const shape of shapes) {
      if (!shape.re.test(joined)) continue;
      yield { start, end, pattern: LINE_BROKEN_PATTERN, score: shape.score, reasons: [LINE_BROKEN_PATTERN] };
      break;
    }
  }
}
