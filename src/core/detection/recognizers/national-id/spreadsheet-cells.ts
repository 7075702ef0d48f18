/**
 * Spreadsheet cells under an identity-number header whose leading zero was dropped: Excel stores
 * `0101011234` typed without quotes as the number 101011234 (2000s births; `0002292399` even becomes
 * 2292399). Only a column header makes such a short value a candidate; the validator restores the zeros.
 */
import type { Candidate, ScanDocument } from '../../types';
import { compileDictionary, firstWord } from '../../words';

/** Seven to nine digits, or 3-5 + 4 split like a personnummer that lost its leading zeros. */
const SHORTENED = /^(?:\d{7,9}|\d{3,5}[-+]\d{4})$/;

/** Candidate name and reason for these cells. */
export const LEADING_ZERO_PATTERN = 'se-spreadsheet-leading-zero';

/** Build a finder yielding shortened cells under a header containing one of `headerWords`. */
export function leadingZeroCells(
  headerWords: readonly string[],
  score: number,
): (doc: ScanDocument) => Iterable<Candidate> {
  const dict = compileDictionary(headerWords);
  return (doc) => {
    const found: Candidate[] = [];
    for (const cell of doc.cells) {
      if (firstWord(dict, cell.header.toLowerCase()) === undefined) continue;
      const raw = doc.text.slice(cell.start, cell.end);
      const value = raw.trim();
      if (!SHORTENED.test(value)) continue;
      const start = cell.start + raw.indexOf(value);
      found.push({
        start,
        end: start + value.length,
        pattern: LEADING_ZERO_PATTERN,
        score,
        reasons: [LEADING_ZERO_PATTERN],
      });
    }
    return found;
  };
}
