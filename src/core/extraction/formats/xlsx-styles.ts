/**
 * The parts of an .xlsx needed to show cells: shared strings, cell number styles, the 1904 flag and
 * the sheet list with each sheet's part name.
 */
import { attribute, scanXml } from '../xml';
import type { ZipReader } from '../zip-reader';
import type { NumberStyle } from './number-format';
import { classifyFormat } from './number-format';

/** Sheets in workbook order and the date system. */
export interface WorkbookInfo {
  readonly sheets: readonly { readonly name: string; readonly part: string; readonly hidden: boolean }[];
  readonly date1904: boolean;
}

/** Sheets in workbook order, resolved through `xl/_rels/workbook.xml.rels`. */
export function readWorkbook(zip: ZipReader): WorkbookInfo {
  const targets: { [id: string]: string } = {};
  scanXml(zip.text('xl/_rels/workbook.xml.rels') ?? '', {
    open: (name, attrs) => {
      const id = attribute(attrs, 'Id');
      const target = attribute(attrs, 'Target');
      if (name === 'Relationship' && id !== undefined && target !== undefined) {
        targets[id] = target.charAt(0) === '/' ? target.slice(1) : `xl/${target}`;
      }
    },
  });
  const sheets: { name: string; part: string; hidden: boolean }[] = [];
  let date1904 = false;
  scanXml(zip.text('xl/workbook.xml') ?? '', {
    open: (name, attrs) => {
      if (name === 'workbookPr') date1904 = /^(?:1|true)$/.test(attribute(attrs, 'date1904') ?? '');
      if (name !== 'sheet') return;
      const part = targets[attribute(attrs, 'r:id') ?? ''];
      if (part !== undefined) {
        const hidden = (attribute(attrs, 'state') ?? 'visible') !== 'visible';
        sheets.push({ name: attribute(attrs, 'name') ?? '', part, hidden });
      }
    },
  });
  return { sheets, date1904 };
}

/** Shared strings in order; rich-text runs concatenated, phonetic hints (`rPh`) left out. */
export function readSharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (xml === undefined) return strings;
  // One string per `<si>`, built by concatenation: most items are one `<t>` run, so this makes no
  // intermediate array per item (a large table has hundreds of thousands of them).
  let current = '';
  let inText = 0;
  let inPhonetic = 0;
  scanXml(xml, {
    // A self-closing tag is an open and a close (`scanXml`): `<t/>` and `<si/>` are empty strings.
    open: (name) => {
      if (name === 'si') current = '';
      else if (name === 't') inText++;
      else if (name === 'rPh') inPhonetic++;
    },
    close: (name) => {
      if (name === 'si') strings.push(current);
      else if (name === 't') inText--;
      else if (name === 'rPh') inPhonetic--;
    },
    text: (text) => {
      if (inText > 0 && inPhonetic === 0) current += text;
    },
  });
  return strings;
}

/** The number style of each cell style index (`s` attribute) from `xl/styles.xml` `cellXfs`. */
export function readCellStyles(xml: string | undefined): NumberStyle[] {
  const codes: { [id: string]: string } = {};
  const styles: NumberStyle[] = [];
  if (xml === undefined) return styles;
  let inCellXfs = false;
  scanXml(xml, {
    open: (name, attrs) => {
      if (name === 'numFmt') codes[attribute(attrs, 'numFmtId') ?? ''] = attribute(attrs, 'formatCode') ?? '';
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = attribute(attrs, 'numFmtId') ?? '0';
        styles.push(classifyFormat(parseInt(id, 10) || 0, codes[id]));
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}
