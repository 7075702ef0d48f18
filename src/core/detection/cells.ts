/**
 * Finding a spreadsheet's or CSV's cells by offset (`ScanDocument.cells`: sorted by start, apart from each
 * other, so their ends are sorted too): a binary search, never a walk over every cell of a large sheet.
 */
import type { Span, TableCell } from './types';

/** The index of the first cell that ends after `offset` (`cells.length` when none does). */
export function firstCellEndingAfter(cells: readonly TableCell[], offset: number): number {
  let lo = 0;
  let hi = cells.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cells[mid] as TableCell).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The cell a span lies in. */
export function cellAt(cells: readonly TableCell[], span: Span): TableCell | undefined {
  const cell = cells[firstCellEndingAfter(cells, span.start)];
  return cell !== undefined && cell.start <= span.start && span.end <= cell.end ? cell : undefined;
}

/** The cells lying wholly within `[start, end)`, in order (a row's, given its line). */
export function cellsWithin(cells: readonly TableCell[], start: number, end: number): TableCell[] {
  const within: TableCell[] = [];
  for (let i = firstCellEndingAfter(cells, start); i < cells.length; i++) {
    const cell = cells[i] as TableCell;
    if (cell.start >= end) break;
    if (cell.start >= start && cell.end <= end) within.push(cell);
  }
  return within;
}
