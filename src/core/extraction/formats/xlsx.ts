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
import { attributes } from '../xml';
import type { ZipReader } from '../zip-reader';
import type { NumberStyle } from './number-format';
import { formatNumber } from './number-format';
import { appendProperties, appendZipPart, OOXML_TEXT } from './office-parts';
import { readCellStyles, readSharedStrings, readWorkbook } from './xlsx-styles';

interface SheetContext {
  readonly shared: readonly string[];
  readonly styles: readonly NumberStyle[];
  readonly date1904: boolean;
}

const GENERAL: NumberStyle = { kind: 'general' };

/** Zero-based column of a cell reference like `AB12` (-1 when there is none). */
export function columnOf(reference: string): number {
  let column = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return i === 0 ? -1 : column - 1;
}

/** The text a cell shows, from its type (`t`), style (`s`) and stored value. */
function cellText(type: string, style: number, value: string, inline: string, sheet: SheetContext): string {
  switch (type) {
    case 's':
      return sheet.shared[parseInt(value, 10)] ?? '';
    case 'inlineStr':
      return inline;
    case 'b':
      return value === '1' ? 'TRUE' : 'FALSE';
    case 'str':
    case 'e':
    case 'd':
      return value;
    default:
      return value === '' ? '' : formatNumber(value, sheet.styles[style] ?? GENERAL, sheet.date1904);
  }
}

/** Streams one sheet's rows into `writer`. Returns why it stopped early (DOCTYPE, time), if it did. */
function readSheet(zip: ZipReader, part: string, writer: TableWriter, builder: TextBuilder, sheet: SheetContext, ctx: ExtractContext): string | undefined {
  let row: string[] = [];
  let type = '';
  let style = 0;
  let column = 0;
  let value = '';
  let inline = '';
  let capture: 'v' | 't' | '' = '';
  const outcome = zip.scanPart(
    part,
    {
      open: (name, attrs, selfClosing) => {
        if (name === 'c') {
          const cell = attributes(attrs);
          const reference = cell.r;
          column = reference === undefined ? row.length : Math.max(columnOf(reference), row.length);
          type = cell.t ?? 'n';
          style = parseInt(cell.s ?? '0', 10) || 0;
          value = '';
          inline = '';
          if (selfClosing) capture = '';
        } else if (name === 'row') {
          row = [];
        } else if (!selfClosing && (name === 'v' || name === 't')) {
          capture = name;
        }
      },
      close: (name) => {
        if (name === 'v' || name === 't') capture = '';
        else if (name === 'c') {
          const text = cellText(type, style, value, inline, sheet);
          if (text !== '') {
            while (row.length < column) row.push('');
            row[column] = text;
          }
        } else if (name === 'row' && row.length > 0) {
          writer.row(row);
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
    const problem = readSheet(zip, part, new TableWriter(builder), builder, sheet, ctx);
    if (problem !== undefined) builder.stop(`${part} ${problem}`);
    builder.append('\n');
  }
  for (const part of zip.names(/^xl\/(?:comments\d*|threadedComments\/[^/]+)\.xml$/)) {
    appendZipPart(builder, zip, part, OOXML_TEXT, ctx);
  }
  for (const part of ['docProps/core.xml', 'docProps/app.xml', 'docProps/custom.xml']) appendProperties(builder, zip, part);
  if (zip.problem !== undefined) builder.stop(zip.problem);
  return builder.result();
}
