/**
 * One SpreadsheetML cell (`<c r="B7" t="s" s="3">`): its attributes read straight from the tag's raw
 * attribute text by character codes, and the text it shows. A large sheet has millions of cells, so this
 * makes no per-attribute strings or objects (ECMA-376 Part 1, 18.3.1.4 `c`).
 */
import type { NumberStyle } from './number-format';
import { formatNumber } from './number-format';

/** Excel's last column is XFD (16 384 columns); a reference past it is hostile, not a wider sheet. */
export const MAX_COLUMNS = 16384;

/** How a cell's stored value (`t`) is shown: `verbatim` covers `str`, `e` (error) and `d` (ISO date). */
export type CellType = 'number' | 'shared' | 'inline' | 'boolean' | 'verbatim';

/** The parts of a workbook every cell is shown against. */
export interface SheetContext {
  readonly shared: readonly string[];
  readonly styles: readonly NumberStyle[];
  readonly date1904: boolean;
}

/** Attributes of the current cell; one instance per sheet, overwritten by {@link readCellAttributes}. */
export interface CellAttributes {
  /** Zero-based column from `r`, -1 when `r` has no column letters, -2 when there is no `r`. */
  column: number;
  type: CellType;
  /** Index into the cell styles; -1 when unusable (shown as General). */
  style: number;
}

const GENERAL: NumberStyle = { kind: 'general' };
const QUOTE = 34;
const APOSTROPHE = 39;

/** True when `text` has `what` at `at` (by character codes: `startsWith` with a position costs more). */
function sameAt(text: string, at: number, what: string): boolean {
  for (let i = 0; i < what.length; i++) if (text.charCodeAt(at + i) !== what.charCodeAt(i)) return false;
  return true;
}

/** `t` value in `attrs[from, to)` → type; unknown types (`n`, absent) are numbers. */
function typeAt(attrs: string, from: number, to: number): CellType {
  const length = to - from;
  if (length === 1) {
    const code = attrs.charCodeAt(from);
    if (code === 115 /* s */) return 'shared';
    if (code === 98 /* b */) return 'boolean';
    return code === 101 /* e */ || code === 100 /* d */ ? 'verbatim' : 'number';
  }
  if (length === 9 && sameAt(attrs, from, 'inlineStr')) return 'inline';
  return length === 3 && sameAt(attrs, from, 'str') ? 'verbatim' : 'number';
}

/** Column letters of a reference (`AB12` → 27); -1 without letters; capped past {@link MAX_COLUMNS}. */
function columnAt(attrs: string, from: number, to: number): number {
  let column = 0;
  let at = from;
  for (; at < to; at++) {
    const code = attrs.charCodeAt(at);
    if (code < 65 || code > 90) break;
    if (column <= MAX_COLUMNS) column = column * 26 + (code - 64);
  }
  return at === from ? -1 : column - 1;
}

/** Unsigned decimal in `attrs[from, to)`; -1 when it does not start with a digit. */
function integerAt(text: string, from: number, to: number): number {
  let value = -1;
  for (let at = from; at < to; at++) {
    const digit = text.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) break;
    value = value < 0 ? digit : Math.min(value * 10 + digit, 0x7fffffff);
  }
  return value;
}

/** Reads `r`, `t` and `s` (unprefixed, as Excel writes them) from a cell tag's raw attribute text. */
export function readCellAttributes(attrs: string, into: CellAttributes): void {
  readCellAttributesAt(attrs, 0, attrs.length, into);
}

/** {@link readCellAttributes} on the attribute text `xml[from, to)`, read in place. */
export function readCellAttributesAt(xml: string, from: number, to: number, into: CellAttributes): void {
  into.column = -2;
  into.type = 'number';
  into.style = 0;
  let at = from;
  while (at < to) {
    const eq = xml.indexOf('=', at);
    if (eq < 0 || eq >= to) return;
    let nameEnd = eq;
    while (nameEnd > at && xml.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
    let q = eq + 1;
    while (q < to && xml.charCodeAt(q) <= 32) q++;
    const quote = q < to ? xml.charCodeAt(q) : -1;
    if (quote !== QUOTE && quote !== APOSTROPHE) return;
    const end = xml.indexOf(quote === QUOTE ? '"' : "'", q + 1);
    if (end < 0 || end >= to) return;
    // A one-letter name preceded by white space: `r`, `t` or `s` (not `x:r`, not `cm`).
    if (nameEnd - from >= 2 && xml.charCodeAt(nameEnd - 2) <= 32) {
      const name = xml.charCodeAt(nameEnd - 1);
      if (name === 114 /* r */) into.column = columnAt(xml, q + 1, end);
      else if (name === 116 /* t */) into.type = typeAt(xml, q + 1, end);
      else if (name === 115 /* s */) into.style = integerAt(xml, q + 1, end);
    }
    at = end + 1;
  }
}

/** The text a cell shows, from its type, style and stored value (`inline` for inline strings). */
export function cellText(cell: CellAttributes, value: string, inline: string, sheet: SheetContext): string {
  switch (cell.type) {
    case 'shared':
      return sheet.shared[parseInt(value, 10)] ?? '';
    case 'inline':
      return inline;
    case 'boolean':
      return value === '1' ? 'TRUE' : 'FALSE';
    case 'verbatim':
      return value;
    case 'number':
      return value === '' ? '' : formatNumber(value, sheet.styles[cell.style] ?? GENERAL, sheet.date1904);
  }
}
