/**
 * A table typed or pasted as text, columns lined up with runs of spaces, tabs or pipes:
 *
 *     Kontor      Anställda   Sjukfrånvaro
 *     Göteborg    64          2,8 %
 *     Stockholm   41          3,9 %
 *
 * A word in the header line names a column: what it says is about what stands under it, as a cell is about
 * its row. This module finds the column under a header word: the rows below the header (up to a blank
 * line) that split into as many fields as the header, and each row's field at the word's position.
 */
import type { Span } from './types';
import { lineEnd, lineStart } from './sentences';

/** Between two fields: two or more spaces, a tab, or a pipe with its padding. */
const GAP = /[ \t]*\|[ \t]*|[ \t]{2,}|\t/g;
/** A rule under a header: "-----+-----", "|---|---|", "=====". */
const RULE_LINE = /^[ \t]*[-+|=:]{3,}[-+|=: \t]*$/;

function isRule(text: string, line: Span): boolean {
  return RULE_LINE.test(text.slice(line.start, line.end));
}

/** The most rows read below a header. */
const MAX_ROWS = 40;
/** A longer line is running text, not a header (and is not split for every term in it). */
const MAX_HEADER = 300;

/** A row's fields, with where each starts in the text. */
interface Field extends Span {
  readonly value: string;
}

function fieldsOf(text: string, line: Span): Field[] {
  const fields: Field[] = [];
  const source = text.slice(line.start, line.end);
  GAP.lastIndex = 0;
  let from = 0;
  let m: RegExpExecArray | null;
  const push = (start: number, end: number): void => {
    const value = source.slice(start, end).trim();
    if (value !== '') fields.push({ start: line.start + start, end: line.start + end, value });
  };
  while ((m = GAP.exec(source)) !== null) {
    if (m[0] === '') {
      GAP.lastIndex++;
      continue;
    }
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, source.length);
  return fields;
}

/** The column under the header word at `hit`: its header line, and each row's field under the word. */
export interface TextColumn {
  readonly rows: readonly Span[];
  readonly cells: readonly string[];
}

/**
 * The column the word at `hit` heads, or undefined when its line is not a table header: at least three
 * fields, and at least two rows below with as many fields.
 */
export function columnUnder(text: string, hit: Span): TextColumn | undefined {
  const header = { start: lineStart(text, hit.start), end: lineEnd(text, hit.start) };
  if (header.end - header.start > MAX_HEADER) return undefined;
  const heads = fieldsOf(text, header);
  if (heads.length < 3) return undefined;
  const index = heads.findIndex((f) => f.start <= hit.start && hit.end <= f.end);
  if (index < 0) return undefined;
  const rows: Span[] = [];
  const cells: string[] = [];
  let at = header.end + 1;
  while (at < text.length && rows.length < MAX_ROWS) {
    const row = { start: at, end: lineEnd(text, at) };
    if (isRule(text, row)) {
      at = row.end + 1;
      continue;
    }
    const fields = fieldsOf(text, row);
    if (fields.length !== heads.length) break;
    rows.push(row);
    cells.push(fields[index]?.value ?? '');
    at = row.end + 1;
  }
  return rows.length >= 2 ? { rows, cells } : undefined;
}

/** A figure: a number, a share or a count with its unit ("2,8 %", "64", "12 st", "-0.4 pp"). */
const FIGURE = /^[<>≈~±+-]?\s?\d[\d\s.,]*(?:\s?(?:%|‰|pp|st|pcs|dagar|days|dager|dage|päivää|h|d))?$/i;

/** Whether every cell is a figure (or empty / a dash): a column of numbers, not of people's details. */
export function isFigureColumn(column: TextColumn): boolean {
  return column.cells.every((cell) => cell === '' || cell === '-' || cell === '–' || FIGURE.test(cell));
}

/**
 * The header line of the typed table whose row holds `offset`: the topmost of the lines right above that
 * split into as many fields as the row (at least three), when there are at least two such lines.
 */
export function headerAbove(text: string, offset: number): readonly string[] | undefined {
  const row = { start: lineStart(text, offset), end: lineEnd(text, offset) };
  if (row.end - row.start > MAX_HEADER) return undefined;
  const width = fieldsOf(text, row).length;
  if (width < 3) return undefined;
  let top: Span | undefined;
  let start = row.start;
  for (let n = 0; n < MAX_ROWS && start > 0; n++) {
    const line = { start: lineStart(text, start - 1), end: start - 1 };
    if (isRule(text, line)) {
      start = line.start;
      continue;
    }
    if (line.end - line.start > MAX_HEADER || fieldsOf(text, line).length !== width) break;
    top = line;
    start = line.start;
  }
  return top === undefined ? undefined : fieldsOf(text, top).map((f) => f.value);
}

/**
 * The column header of the typed-table cell holding `span` ("Passport no." over "FP4418275"), or
 * undefined when the span is in no typed table. Tables are read once per document and line.
 */
export function typedHeaderAt(
  text: string,
  span: Span,
  known: Map<number, readonly string[] | null>,
): string | undefined {
  const start = lineStart(text, span.start);
  let header = known.get(start);
  if (header === undefined) {
    header = headerAbove(text, span.start) ?? null;
    known.set(start, header);
  }
  if (header === null) return undefined;
  const fields = fieldsOf(text, { start, end: lineEnd(text, span.start) });
  if (fields.length !== header.length) return undefined;
  const index = fields.findIndex((f) => f.start <= span.start && span.end <= f.end);
  return index < 0 ? undefined : header[index];
}
