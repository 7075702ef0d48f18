/**
 * Excel workbooks (.xlsx/.xlsm): every sheet (hidden ones too) under its name, every cell shown as
 * formatted where practical, each value cell tagged with its column header; then cell comments and
 * document properties.
 */
import { decodeEntities } from '../entities';
import type { ExtractContext } from '../limits';
import { outOfTime, timeReason } from '../limits';
import { TableWriter } from '../table';
import { TextBuilder } from '../text-builder';
import type { ExtractionResult } from '../types';
import type { ZipReader } from '../zip-reader';
import type { CellAttributes, SheetContext } from './xlsx-cell';
import { cellText, MAX_COLUMNS, readCellAttributesAt } from './xlsx-cell';
import { appendProperties, appendZipPart, OOXML_TEXT } from './office-parts';
import { readCellStyles, readSharedStrings, readWorkbook } from './xlsx-styles';

/**
 * `<row r="7">` → 7; a row without a usable `r` follows the previous one (ECMA-376 Part 1, 18.3.1.73).
 * Read by character codes: this runs once per row, and a regular expression's match array per row was
 * garbage on sheets of a million rows.
 */
export function rowNumberOf(attrs: string, previous: number): number {
  return rowNumberAt(attrs, 0, attrs.length, previous);
}

/** {@link rowNumberOf} on the attribute text `xml[from, to)`, read in place. */
function rowNumberAt(xml: string, from: number, to: number, previous: number): number {
  for (let at = xml.indexOf('r', from); at >= 0 && at < to; at = xml.indexOf('r', at + 1)) {
    // An unprefixed `r` attribute: white space (or the start) before, then optional space, `=`, a quote.
    if (at > from && xml.charCodeAt(at - 1) > 32) continue;
    let q = at + 1;
    while (q < to && xml.charCodeAt(q) <= 32) q++;
    if (q >= to || xml.charCodeAt(q) !== 61 /* = */) continue;
    q++;
    while (q < to && xml.charCodeAt(q) <= 32) q++;
    const quote = q < to ? xml.charCodeAt(q) : -1;
    if (quote !== 34 && quote !== 39) continue;
    let value = 0;
    let digits = 0;
    for (q++; q < to && digits <= 7; q++, digits++) {
      const digit = xml.charCodeAt(q) - 48;
      if (digit < 0 || digit > 9) break;
      value = value * 10 + digit;
    }
    if (digits >= 1 && digits <= 7 && q < to && xml.charCodeAt(q) === quote) return value;
  }
  return previous + 1;
}

/** Which element's character data is being collected: none, a stored value `<v>`, inline text `<t>`. */
const NONE = 0;
const VALUE = 1;
const INLINE = 2;

/** True when `xml[from, to)` is the one-letter name `code`. */
function isLetter(xml: string, from: number, to: number, code: number): boolean {
  return to - from === 1 && xml.charCodeAt(from) === code;
}

/** True when `xml[from, to)` holds a `&` (a character reference to decode). */
function hasReference(xml: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (xml.charCodeAt(at) === 38) return true;
  return false;
}

/** A shared-string index written as plain digits (what Excel writes); -1 for anything else. */
function plainIndex(xml: string, from: number, to: number): number {
  if (to - from < 1 || to - from > 9) return -1;
  let value = 0;
  for (let at = from; at < to; at++) {
    const digit = xml.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Streams one sheet's rows into `writer`. Returns why it stopped early (DOCTYPE, time), if it did.
 * Names, attributes and values are read in place from the scanned text: a stored value is cut out only
 * when it is shown (a shared-string index never is), and one row array is reused for the whole sheet
 * (the writer copies what it keeps).
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
  // The stored value: its first raw piece kept in place (`pieces` 1), or decoded and joined (`pieces` 2).
  let pieces = 0;
  let rawXml = '';
  let rawFrom = 0;
  let rawTo = 0;
  let value = '';
  let inline = '';
  let capture = NONE;
  const storedValue = (): string => (pieces === 1 ? rawXml.slice(rawFrom, rawTo) : value);
  const closeCell = (): void => {
    let text: string;
    if (cell.type === 'shared' && pieces === 1) {
      const index = plainIndex(rawXml, rawFrom, rawTo);
      text = index >= 0 ? (sheet.shared[index] ?? '') : cellText(cell, storedValue(), inline, sheet);
    } else text = cellText(cell, storedValue(), inline, sheet);
    if (text !== '' && cell.column < MAX_COLUMNS) {
      while (row.length < cell.column) row.push('');
      row[cell.column] = text;
    }
  };
  const close = (xml: string, from: number, to: number): void => {
    if (isLetter(xml, from, to, 118 /* v */) || isLetter(xml, from, to, 116 /* t */)) capture = NONE;
    else if (isLetter(xml, from, to, 99 /* c */)) closeCell();
    else if (to - from === 3 && xml.startsWith('row', from) && row.length > 0) writer.row(row, rowNumber);
  };
  const outcome = zip.scanPart(
    part,
    {
      openAt: (xml, from, to, attrsEnd, selfClosing) => {
        if (isLetter(xml, from, to, 99 /* c */)) {
          readCellAttributesAt(xml, to, attrsEnd, cell);
          cell.column = Math.max(cell.column, row.length);
          pieces = 0;
          value = '';
          inline = '';
          if (selfClosing) capture = NONE;
        } else if (to - from === 3 && xml.startsWith('row', from)) {
          row.length = 0;
          rowNumber = rowNumberAt(xml, to, attrsEnd, rowNumber);
        } else if (!selfClosing && isLetter(xml, from, to, 118 /* v */)) capture = VALUE;
        else if (!selfClosing && isLetter(xml, from, to, 116 /* t */)) capture = INLINE;
        if (selfClosing) close(xml, from, to);
      },
      closeAt: close,
      textAt: (xml, from, to, cdata) => {
        if (capture === VALUE) {
          if (pieces === 0 && !cdata && !hasReference(xml, from, to)) {
            rawXml = xml;
            rawFrom = from;
            rawTo = to;
            pieces = 1;
            return;
          }
          const piece = xml.slice(from, to);
          value = storedValue() + (cdata ? piece : decodeEntities(piece));
          pieces = 2;
        } else if (capture === INLINE) {
          const piece = xml.slice(from, to);
          inline += cdata ? piece : decodeEntities(piece);
        }
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
