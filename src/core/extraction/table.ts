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
  /** Header context per column, trimmed and cut once (not once per cell). */
  private headers: string[] | undefined;

  /** `sheet`: the sheet's name, recorded with numbered rows so cells can be named (`Blad1!B7`). */
  constructor(
    private readonly builder: TextBuilder,
    private readonly sheet?: string,
  ) {}

  /**
   * Writes one row; `values` is not kept, so callers may reuse the array. `number`: the row's 1-based
   * number in the file, recorded as a region so a finding in it can be named by cell.
   */
  row(values: readonly string[], number?: number): void {
    const { builder } = this;
    if (builder.full) return;
    const start = builder.size;
    builder.row(values, this.headers);
    if (number !== undefined) builder.rowRegion(start, number, this.sheet);
    if (this.headers === undefined && values.some((value) => value.trim().length > 0))
      this.headers = values.map(headerOf);
  }
}

/** Emits all rows of a table at once, numbered from 1 (CSV: record numbers, as a spreadsheet shows them). */
export function emitTable(builder: TextBuilder, rows: readonly (readonly string[])[]): void {
  const writer = new TableWriter(builder);
  rows.forEach((row, index) => writer.row(row, index + 1));
}

function headerOf(value: string): string {
  const header = value.trim();
  return header.length > MAX_HEADER_CHARS ? header.slice(0, MAX_HEADER_CHARS) : header;
}
