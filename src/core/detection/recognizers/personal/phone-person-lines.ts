/**
 * Phone numbers in a list of people with no phone word: "Søren Dalgaard   Energinet   21 34 55 80", one
 * person per line. The layout says what the word would, for a number written in the groups Norwegian and
 * Danish numbers are written in (2-2-2-2, 3-2-3) or British ones with their trunk 0 (5-6, 4-3-4: "Dave Turner
 * (dad) 07700 900387"); a bare run of digits stays an order or serial number.
 */
import type { ScanDocument, Span } from '../../types';
import { namedOnLine } from '../../person-line';

/**
 * Eight digits in phone groups, not part of a longer number, a date, a version or a reference; a full stop
 * or comma that ends the sentence or clause may follow ("Ragnhild Nygård, 915 43 208.").
 */
const GROUPED =
  /(?:^|[^\d+\-./,])(\d{2} \d{2} \d{2} \d{2}|\d{3} \d{2} \d{3}|0\d{4} \d{6}|0\d{3} \d{3} \d{4})(?![\d\-/]|[.,]\d|[ \t]\d)/g;

const DIGIT_BEFORE_SPACE = /\d\s$/;

/** Where a grouped number stands on a line that opens with a person's name, in text order. */
export function groupedNumbersOnPersonLines(doc: ScanDocument): Span[] {
  const out: Span[] = [];
  const re = new RegExp(GROUPED.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(doc.text)) !== null) {
    const run = m[1] ?? '';
    const span = { start: m.index + m[0].length - run.length, end: m.index + m[0].length };
    // The tail of a longer grouped run ("21 34 55 80 12" read from "34") is no number of its own.
    if (DIGIT_BEFORE_SPACE.test(doc.text.slice(Math.max(0, span.start - 2), span.start))) continue;
    if (namedOnLine(doc, span, { leadOnly: 'line' })) out.push(span);
  }
  return out;
}
