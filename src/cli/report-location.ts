/**
 * Where findings are, written for the report people read: "line 2, column 15", "Blad1!B7", "page 3",
 * and for a group of repeats one range or list ("Blad1!B2:B21", "pages 1–3").
 */
import type { Where } from '../core/draft';

/** The part and file of a `where`, as the report names it: "attachment lista.xlsx", "body". */
function partName(where: Where): string {
  return where.attachment !== undefined ? `${where.part} ${where.attachment}` : where.part;
}

function cellRef(where: Where): string | undefined {
  if (where.cell === undefined) return undefined;
  return where.sheet !== undefined ? `${where.sheet}!${where.cell}` : where.cell;
}

/** The best-known position of one finding, or undefined when only offsets are known. */
export function positionText(where: Where): string | undefined {
  const cell = cellRef(where);
  if (cell !== undefined) return cell;
  if (where.page !== undefined) return `page ${where.page}`;
  if (where.slide !== undefined) return `slide ${where.slide}`;
  if (where.line !== undefined)
    return where.column !== undefined ? `line ${where.line}, column ${where.column}` : `line ${where.line}`;
  return undefined;
}

/** One finding's place: "attachment lista.xlsx, Blad1!B7"; character offsets when nothing better is known. */
export function placeText(where: Where): string {
  const position = positionText(where);
  return position !== undefined
    ? `${partName(where)}, ${position}`
    : `${partName(where)} ${where.start}-${where.end}`;
}

/** "a, b and c"; more than `max` items end in "and N more". */
function list(items: readonly string[], max = 3): string {
  if (items.length > max) return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] as string}`;
}

/** "pages 1–3", "page 4", "lines 2, 7 and 9": distinct numbers, a range when they follow on. */
function numbers(noun: string, values: readonly number[]): string {
  const sorted = Array.from(new Set(values)).sort((a, b) => a - b);
  const first = sorted[0] as number;
  const last = sorted[sorted.length - 1] as number;
  if (sorted.length === 1) return `${noun} ${first}`;
  if (last - first === sorted.length - 1) return `${noun}s ${first}–${last}`;
  return `${noun}s ${list(sorted.map(String))}`;
}

/** Splits `B21` into its column letters and row number. */
function splitCell(cell: string): { column: string; row: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(cell);
  return match
    ? { column: match[1] as string, row: parseInt(match[2] as string, 10) }
    : { column: cell, row: NaN };
}

/**
 * Cells of one group: a range when they are one column of rows that follow on ("Blad1!B2:B21"),
 * otherwise the first few named.
 */
function cellRange(wheres: readonly Where[]): string {
  const refs = Array.from(new Set(wheres.map((w) => cellRef(w) as string)));
  const sheets = new Set(wheres.map((w) => w.sheet ?? ''));
  const cells = wheres.map((w) => splitCell(w.cell as string));
  const columns = new Set(cells.map((c) => c.column));
  const rows = Array.from(new Set(cells.map((c) => c.row))).sort((a, b) => a - b);
  const first = rows[0] as number;
  const last = rows[rows.length - 1] as number;
  if (refs.length > 1 && sheets.size === 1 && columns.size === 1 && last - first === rows.length - 1) {
    const sheet = wheres[0]?.sheet;
    const column = cells[0]?.column as string;
    return `${sheet !== undefined ? `${sheet}!` : ''}${column}${first}:${column}${last}`;
  }
  return list(refs);
}

/** The positions of a group of repeats in one part or file, or undefined when none is known. */
export function groupPositionText(wheres: readonly Where[]): string | undefined {
  const withCells = wheres.filter((w) => w.cell !== undefined);
  if (withCells.length > 0) return cellRange(withCells);
  const pick = (key: 'page' | 'slide' | 'line'): number[] =>
    wheres.map((w) => w[key]).filter((n): n is number => n !== undefined);
  for (const key of ['page', 'slide', 'line'] as const) {
    const values = pick(key);
    if (values.length > 0) return numbers(key, values);
  }
  return undefined;
}

/** "personallista.xlsx, Blad1!B2:B21" or "body, lines 2–4": the file (or part) and where in it. */
export function groupPlaceText(wheres: readonly Where[]): string {
  const first = wheres[0] as Where;
  const name = first.attachment ?? first.part;
  const position = groupPositionText(wheres);
  return position !== undefined ? `${name}, ${position}` : name;
}
