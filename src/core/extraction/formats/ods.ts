/**
 * OpenDocument spreadsheets (.ods): each table under its name, cells tagged with their column header,
 * repeated rows/columns expanded within bounds, cell annotations after the sheet.
 */
import type { ExtractContext } from '../limits';
import { outOfTime, timeReason } from '../limits';
import { TableWriter } from '../table';
import type { TextBuilder } from '../text-builder';
import { attribute, scanXml } from '../xml';

/** A repeated non-empty row or cell is written at most this many times (files use repeats to pad). */
const MAX_REPEAT = 1000;
/** Spreadsheets have at most 16384 columns; padding beyond is ignored. */
const MAX_COLUMNS = 16384;

function repeatCount(attrs: string, name: string): number {
  const count = parseInt(attribute(attrs, name) ?? '1', 10);
  return count > 0 ? count : 1;
}

/** Streams the spreadsheet tables of an ODF `content.xml`. Returns why it stopped early, if it did. */
export function readOdsTables(xml: string, builder: TextBuilder, ctx: ExtractContext): string | undefined {
  let writer = new TableWriter(builder);
  let row: string[] = [];
  let rowRepeat = 1;
  let cellRepeat = 1;
  let cellValue = '';
  let cellText: string[] = [];
  let paragraphs = 0;
  let annotation = 0;
  const notes: string[] = [];
  const outcome = scanXml(
    xml,
    {
      open: (name, attrs, selfClosing) => {
        if (name === 'table') {
          builder.append(`Sheet: ${attribute(attrs, 'table:name') ?? ''}\n`);
          writer = new TableWriter(builder);
        } else if (name === 'table-row') {
          row = [];
          rowRepeat = Math.min(repeatCount(attrs, 'table:number-rows-repeated'), MAX_REPEAT);
        } else if (name === 'table-cell' || name === 'covered-table-cell') {
          cellRepeat = repeatCount(attrs, 'table:number-columns-repeated');
          cellValue = attribute(attrs, 'office:date-value') ?? attribute(attrs, 'office:value') ?? '';
          cellText = [];
          paragraphs = 0;
        } else if (name === 'annotation') {
          annotation++;
        } else if (name === 'p' && annotation === 0 && !selfClosing && paragraphs++ > 0) {
          cellText.push(' ');
        } else if (name === 's' || name === 'tab') {
          if (annotation === 0) cellText.push(name === 'tab' ? '\t' : ' ');
        }
      },
      close: (name) => {
        if (name === 'annotation') annotation--;
        else if (name === 'table-cell' || name === 'covered-table-cell') finishCell();
        else if (name === 'table-row' && row.some((value) => value !== '')) {
          // Rows end with padding cells repeated to the sheet's last column; they are not content.
          while (row.length > 0 && row[row.length - 1] === '') row.pop();
          for (let i = 0; i < rowRepeat; i++) writer.row(row);
        } else if (name === 'table') builder.append('\n');
      },
      text: (text) => {
        if (annotation > 0) notes.push(text);
        else cellText.push(text);
      },
    },
    () => outOfTime(ctx) || builder.full,
  );

  function finishCell(): void {
    const text = cellText.length > 0 ? cellText.join('') : cellValue;
    const count = text === '' ? cellRepeat : Math.min(cellRepeat, MAX_REPEAT);
    for (let i = 0; i < count && row.length < MAX_COLUMNS; i++) row.push(text);
    cellText = [];
    cellValue = '';
  }

  if (notes.length > 0) builder.append(`${notes.join(' ')}\n`);
  if (outcome === 'doctype') return 'content.xml contains a DOCTYPE declaration and was not read';
  if (outcome === 'stopped' && !builder.full) return timeReason(ctx);
  return undefined;
}
