/**
 * Writes a table (spreadsheet sheet, CSV) as text, one row per line and cells separated by tabs, and
 * records each value cell with its column header so that e.g. a `Personnummer` column is context for
 * every value in it.
 */
import type { TextBuilder } from './text-builder';

/** Header cells longer than this are unlikely to be headers; the header context is cut to it. */
const MAX_HEADER_CHARS = 80;

/**
 * Streams rows into a builder. The header row is the first row with any non-empty cell; its cells are
 * plain text and every later cell gets `header` = the header row's text in the same column ('' if none).
 */
export class TableWriter {
  private headers: readonly string[] | undefined;

  constructor(private readonly builder: TextBuilder) {}

  row(values: readonly string[]): void {
    const { builder } = this;
    if (builder.full) return;
    const headers = this.headers;
    const isHeader = headers === undefined && values.some((value) => value.trim().length > 0);
    for (let column = 0; column < values.length; column++) {
      if (column > 0) builder.append('\t');
      const value = values[column] as string;
      if (headers === undefined) builder.append(value);
      else builder.cell(value, headerOf(headers, column));
    }
    builder.append('\n');
    if (isHeader) this.headers = values;
  }
}

/** Emits all rows of a table at once. */
export function emitTable(builder: TextBuilder, rows: readonly (readonly string[])[]): void {
  const writer = new TableWriter(builder);
  for (const row of rows) writer.row(row);
}

function headerOf(headers: readonly string[], column: number): string {
  const header = (headers[column] ?? '').trim();
  return header.length > MAX_HEADER_CHARS ? header.slice(0, MAX_HEADER_CHARS) : header;
}
