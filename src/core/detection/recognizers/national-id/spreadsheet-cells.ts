/**
 * Spreadsheet cells under an identity-number header whose leading zero was dropped: Excel stores
 * `0101011234` typed without quotes as the number 101011234 (2000s births; `0002292399` even becomes
 * 2292399). Only a column header makes such a short value a candidate; the validator restores the zeros.
 */
import type { Candidate, ScanDocument, Span } from '../../types';
import { compileDictionary, firstWord } from '../../words';

/** Seven to nine digits, or 3-5 + 4 split like a personnummer that lost its leading zeros. */
const SHORTENED = /^(?:\d{7,9}|\d{3,5}[-+]\d{4})$/;

/** Candidate name and reason for these cells. */
export const LEADING_ZERO_PATTERN = 'se-spreadsheet-leading-zero';

/**
 * Build a finder yielding shortened cells under a header containing one of `headerWords`.
 *
 * A big sheet has hundreds of thousands of cells but a handful of headers (every cell of a column shares
 * its header), so each distinct header is looked up in the dictionary once, not once per cell; and the
 * recognizers sharing one finder (personnummer, samordningsnummer) share its pass over a document.
 */
export function leadingZeroCells(
  headerWords: readonly string[],
  score: number,
): (doc: ScanDocument) => Iterable<Candidate> {
  const dict = compileDictionary(headerWords);
  const spansByDoc = new WeakMap<ScanDocument, readonly Span[]>();
  const shortenedCells = (doc: ScanDocument): readonly Span[] => {
    const idHeader = new Map<string, boolean>();
    const found: Span[] = [];
    for (const cell of doc.cells) {
      let under = idHeader.get(cell.header);
      if (under === undefined) {
        under = firstWord(dict, cell.header.toLowerCase()) !== undefined;
        idHeader.set(cell.header, under);
      }
      if (!under) continue;
      const raw = doc.text.slice(cell.start, cell.end);
      const value = raw.trim();
      if (!SHORTENED.test(value)) continue;
      const start = cell.start + raw.indexOf(value);
      found.push({ start, end: start + value.length });
    }
    return found;
  };
  return (doc) => {
    if (doc.cells.length === 0) return [];
    let spans = spansByDoc.get(doc);
    if (spans === undefined) {
      spans = shortenedCells(doc);
      spansByDoc.set(doc, spans);
    }
    return spans.map((span) => ({
      start: span.start,
      end: span.end,
      pattern: LEADING_ZERO_PATTERN,
      score,
      reasons: [LEADING_ZERO_PATTERN],
    }));
  };
}
