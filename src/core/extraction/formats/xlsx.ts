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
import type { SheetContext } from './xlsx-cell';
import { SheetReader } from './xlsx-sheet';
import { appendProperties, appendZipPart, OOXML_TEXT } from './office-parts';
import { readCellStyles, readSharedStrings, readWorkbook } from './xlsx-styles';

export { rowNumberOf } from './xlsx-sheet';

/** Streams one sheet's rows into `writer`. Returns why it stopped early (DOCTYPE, time), if it did. */
function readSheet(
  zip: ZipReader,
  part: string,
  writer: TableWriter,
  builder: TextBuilder,
  sheet: SheetContext,
  ctx: ExtractContext,
): string | undefined {
  const outcome = zip.scanPart(part, new SheetReader(writer, sheet), () => outOfTime(ctx) || builder.full);
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
