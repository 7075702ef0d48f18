/**
 * Excel workbooks (.xlsx/.xlsm): every sheet (hidden ones too) under its name, every cell shown as
 * formatted where practical, each value cell tagged with its column header; then cell comments and
 * document properties.
 */
import type { ExtractContext } from '../limits';
import { outOfTime, timeReason } from '../limits';
import { TableWriter } from '../table';
import { TextBuilder } from '../text-builder';
import type { ExtractionResult } from '../types';
import type { ZipReader } from '../zip-reader';
import type { CellAttributes, SheetContext } from './xlsx-cell';
import { cellText, MAX_COLUMNS, readCellAttributes } from './xlsx-cell';
import { appendProperties, appendZipPart, OOXML_TEXT } from './office-parts';
import { readCellStyles, readSharedStrings, readWorkbook } from './xlsx-styles';

/**
 * `<row r="7">` → 7; a row without a usable `r` follows the previous one (ECMA-376 Part 1, 18.3.1.73).
 * Read by character codes: this runs once per row, and a regular expression's match array per row was
 * garbage on sheets of a million rows.
 */
export function rowNumberOf(attrs: string, previous: number): number {
  const n = attrs.length;
  for (let at = attrs.indexOf('r'); at >= 0; at = attrs.indexOf('r', at + 1)) {
    // An unprefixed `r` attribute: white space (or the start) before, then optional space, `=`, a quote.
    if (at > 0 && attrs.charCodeAt(at - 1) > 32) continue;
    let q = at + 1;
    while (q < n && attrs.charCodeAt(q) <= 32) q++;
    if (attrs.charCodeAt(q) !== 61 /* = */) continue;
    q++;
    while (q < n && attrs.charCodeAt(q) <= 32) q++;
    const quote = attrs.charCodeAt(q);
    if (quote !== 34 && quote !== 39) continue;
    let value = 0;
    let digits = 0;
    for (q++; q < n && digits <= 7; q++, digits++) {
      const digit = attrs.charCodeAt(q) - 48;
      if (digit < 0 || digit > 9) break;
      value = value * 10 + digit;
    }
    if (digits >= 1 && digits <= 7 && attrs.charCodeAt(q) === quote) return value;
  }
  return previous + 1;
}

/**
 * Streams one sheet's rows into `writer`. Returns why it stopped early (DOCTYPE, time), if it did.
 * One row array is reused for the whole sheet (the writer copies what it keeps).
 */
function readSheet(
  zip: ZipReader,
  part: string,
  writer: TableWriter,
  builder: TextBuilder,
  sheet: SheetContext,
  ctx: ExtractContext,
): string | undefined {
  const row: string[] = [];
  let rowNumber = 0;
  const cell: CellAttributes = { column: 0, type: 'number', style: 0 };
  let value = '';
  let inline = '';
  let capture: 'v' | 't' | '' = '';
  const outcome = zip.scanPart(
    part,
    {
      open: (name, attrs, selfClosing) => {
        if (name === 'c') {
          readCellAttributes(attrs, cell);
          cell.column = Math.max(cell.column, row.length);
          value = '';
          inline = '';
          if (selfClosing) capture = '';
        } else if (name === 'row') {
          row.length = 0;
          rowNumber = rowNumberOf(attrs, rowNumber);
        } else if (!selfClosing && (name === 'v' || name === 't')) {
          capture = name;
        }
      },
      close: (name) => {
        if (name === 'v' || name === 't') capture = '';
        else if (name === 'c') {
          const text = cellText(cell, value, inline, sheet);
          if (text !== '' && cell.column < MAX_COLUMNS) {
            while (row.length < cell.column) row.push('');
            row[cell.column] = text;
          }
        } else if (name === 'row' && row.length > 0) {
          writer.row(row, rowNumber);
        }
      },
      text: (text) => {
        if (capture === 'v') value += text;
        else if (capture === 't') inline += text;
      },
    },
    () => outOfTime(ctx) || builder.full,
  );
  if (outcome === 'doctype') return 'contains a DOCTYPE declaration and was not read';
  if (outcome === 'stopped' && !builder.full) return timeReason(ctx);
  return undefined;
}

/** Extracts a workbook already opened as a zip. */
export function extractXlsx(zip: ZipReader, ctx: ExtractContext): ExtractionResult {
  const builder = new TextBuilder(ctx.limits.maxTextChars);
  const workbook = readWorkbook(zip);
  const sheet: SheetContext = {
    shared: readSharedStrings(zip.text('xl/sharedStrings.xml')),
    styles: readCellStyles(zip.text('xl/styles.xml')),
    date1904: workbook.date1904,
  };
  for (const { name, part, hidden } of workbook.sheets) {
    if (builder.full) break;
    builder.append(`Sheet: ${name}${hidden ? ' (hidden)' : ''}\n`);
    const problem = readSheet(zip, part, new TableWriter(builder, name), builder, sheet, ctx);
    if (problem !== undefined) builder.stop(`${part} ${problem}`);
    builder.append('\n');
  }
  for (const part of zip.names(/^xl\/(?:comments\d*|threadedComments\/[^/]+)\.xml$/)) {
    appendZipPart(builder, zip, part, OOXML_TEXT, ctx);
  }
  for (const part of ['docProps/core.xml', 'docProps/app.xml', 'docProps/custom.xml'])
    appendProperties(builder, zip, part);
  if (zip.problem !== undefined) builder.stop(zip.problem);
  return builder.result();
}
