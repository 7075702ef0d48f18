/**
 * Spreadsheet cells under an identity-number header in shapes free text never uses: a dropped leading zero
 * (Excel stores `0101011234` typed without quotes as the number 101011234; `0002292399` even becomes
 * 2292399), or a doubled or padded separator (`220493--3106`). Only a column header makes such a value a
 * candidate; the validator restores the zeros or drops the separators.
 */
import type { Candidate, ScanDocument, Span, TableCell } from '../../types';
import { compileDictionary, firstWord } from '../../words';

/** Seven to nine digits, or 3-5 + 4 split like a personnummer that lost its leading zeros. */
const SHORTENED = /^(?:\d{7,9}|\d{3,5}[-+]\d{4})$/;

/** Candidate name and reason for these cells. */
export const LEADING_ZERO_PATTERN = 'se-spreadsheet-leading-zero';

/** Each document's cells grouped by header: indices in document order, keyed in order of first use. */
const headersByDoc = new WeakMap<ScanDocument, Map<string, number[]>>();

/**
 * The cells of `doc` by header, made in one pass and shared by every finder: a sheet's hundreds of
 * thousands of cells have a handful of headers, and five finders each walking all cells cost more than
 * the rest of their work.
 */
function cellsByHeader(doc: ScanDocument): Map<string, number[]> {
  let byHeader = headersByDoc.get(doc);
  if (byHeader !== undefined) return byHeader;
  byHeader = new Map();
  const { cells } = doc;
  for (let index = 0; index < cells.length; index++) {
    const header = (cells[index] as TableCell).header;
    const list = byHeader.get(header);
    if (list === undefined) byHeader.set(header, [index]);
    else list.push(index);
  }
  headersByDoc.set(doc, byHeader);
  return byHeader;
}

/**
 * Build a finder yielding the cells under a header containing one of `headerWords` whose whole (trimmed)
 * value matches `shape`, each as a candidate of `pattern` with `score`.
 *
 * A big sheet has hundreds of thousands of cells but a handful of headers (every cell of a column shares
 * its header), so each distinct header is looked up in the dictionary once, not once per cell; only the
 * cells of named headers are read; and the recognizers sharing one finder (personnummer,
 * samordningsnummer) share its result for a document.
 */
export function headerCells(
  headerWords: readonly string[],
  shape: RegExp,
  pattern: string,
  score: number,
): (doc: ScanDocument) => Iterable<Candidate> {
  const dict = compileDictionary(headerWords);
  const spansByDoc = new WeakMap<ScanDocument, readonly Span[]>();
  const matchingCells = (doc: ScanDocument): readonly Span[] => {
    // The cells of every header the dictionary names, back in document order.
    const indices: number[] = [];
    let headersNamed = 0;
    for (const [header, cells] of cellsByHeader(doc)) {
      if (firstWord(dict, header.toLowerCase()) === undefined) continue;
      headersNamed++;
      for (const index of cells) indices.push(index);
    }
    if (headersNamed > 1) indices.sort((a, b) => a - b);
    const found: Span[] = [];
    for (const index of indices) {
      const cell = doc.cells[index] as TableCell;
      const raw = doc.text.slice(cell.start, cell.end);
      const value = raw.trim();
      if (!shape.test(value)) continue;
      const start = cell.start + raw.indexOf(value);
      found.push({ start, end: start + value.length });
    }
    return found;
  };
  return (doc) => {
    if (doc.cells.length === 0) return [];
    let spans = spansByDoc.get(doc);
    if (spans === undefined) {
      spans = matchingCells(doc);
      spansByDoc.set(doc, spans);
    }
    return spans.map((span) => ({ start: span.start, end: span.end, pattern, score, reasons: [pattern] }));
  };
}

/** Shortened cells (a dropped leading zero) under a header containing one of `headerWords`. */
export function leadingZeroCells(
  headerWords: readonly string[],
  score: number,
): (doc: ScanDocument) => Iterable<Candidate> {
  return headerCells(headerWords, SHORTENED, LEADING_ZERO_PATTERN, score);
}

/** Candidate name and reason for cells whose separator is doubled or padded. */
export const LOOSE_SEPARATOR_PATTERN = 'cell-loose-separator';

/**
 * The birth date and serial of an identity number split by a doubled or padded separator, as exports and
 * hand-typed sheets write it (`220493--3106`, `220493 - 3106`): the patterns for free text want one
 * separator, but under an identity header the column says what the value is. `dateDigits` and
 * `serialDigits` give the scheme's parts (Danish CPR: 6 and 4).
 */
export function looseSeparatorShape(dateDigits: number, serialDigits: number): RegExp {
  return new RegExp(`^\\d{${dateDigits}}(?:--|[ \\t]+-[ \\t]*|-[ \\t]+)\\d{${serialDigits}}$`);
}

const LOOSE = /^(\d+)(?:--|[ \t]+[-–][ \t]*|[-–][ \t]+)(\d+)$/;

/**
 * A value with a doubled or padded separator (an en dash too) written with one dash (`220493--3106`,
 * `220493 – 3106` → `220493-3106`), so a
 * scheme's validator, which gives the separator a meaning (a Swedish `+` is a century), reads it as usual.
 * Other values are returned unchanged.
 */
export function tightenSeparator(value: string): string {
  const m = LOOSE.exec(value);
  return m === null ? value : `${m[1] ?? ''}-${m[2] ?? ''}`;
}

/** The candidates of several finders of one recognizer, one after the other. */
export function* chain<T>(...sources: readonly Iterable<T>[]): Generator<T> {
  for (const source of sources) for (const x of source) yield x;
}
