/**
 * Spreadsheet cells on the fast path: attributes read by character codes, one reused row array, rows
 * written as one string each — with the same text and cell offsets as the obvious way.
 */
import type { CellAttributes } from '../../../src/core/extraction/formats/xlsx-cell';
import { cellText, readCellAttributes } from '../../../src/core/extraction/formats/xlsx-cell';
import { extract } from '../../../src/core/extraction';
import { stillClock } from './clock';
import { zipOf } from './builders/zip';

function attributesOf(attrs: string): CellAttributes {
  const cell: CellAttributes = { column: 0, type: 'number', style: 0 };
  readCellAttributes(attrs, cell);
  return cell;
}

describe('cell attributes', () => {
  it.each([
    ['shared string', ' r="A1" t="s"', { column: 0, type: 'shared', style: 0 }],
    ['styled number', ' r="AB12" s="3"', { column: 27, type: 'number', style: 3 }],
    ['inline string', ' r="XFD9" t="inlineStr"', { column: 16383, type: 'inline', style: 0 }],
    [
      'formula string, single quotes, spaces',
      "\tr = 'C4'  t='str' s='12'",
      { column: 2, type: 'verbatim', style: 12 },
    ],
    ['boolean, attributes in any order', ' t="b" s="0" r="B2"', { column: 1, type: 'boolean', style: 0 }],
    ['error and ISO date are shown verbatim', ' r="D1" t="e"', { column: 3, type: 'verbatim', style: 0 }],
    ['no reference', ' t="n"', { column: -2, type: 'number', style: 0 }],
    ['reference without letters', ' r="12"', { column: -1, type: 'number', style: 0 }],
    [
      'prefixed and longer names are other attributes',
      ' x:r="Q1" cm="1" vm="2" r="B1"',
      { column: 1, type: 'number', style: 0 },
    ],
    ['unusable style is General', ' r="A1" s="-1"', { column: 0, type: 'number', style: -1 }],
    ['unknown type is a number', ' r="A1" t="weird"', { column: 0, type: 'number', style: 0 }],
  ])('%s', (_label, attrs, expected) => {
    expect(attributesOf(attrs)).toEqual(expected);
  });

  it('caps a hostile column reference instead of computing 26^n', () => {
    expect(attributesOf(' r="ZZZZZZZZZZZZZZZZZZZZ1"').column).toBeGreaterThanOrEqual(16384);
  });
});

describe('cell text', () => {
  const sheet = {
    shared: ['Namn', 'Lön'],
    styles: [{ kind: 'general' as const }, { kind: 'date' as const, date: true, time: false }],
    date1904: false,
  };
  it.each([
    ['shared index', { column: 0, type: 'shared' as const, style: 0 }, '1', '', 'Lön'],
    ['shared index with white space', { column: 0, type: 'shared' as const, style: 0 }, ' 0', '', 'Namn'],
    ['shared index out of range', { column: 0, type: 'shared' as const, style: 0 }, '7', '', ''],
    ['dated number', { column: 0, type: 'number' as const, style: 1 }, '36585', '', '2000-02-29'],
    ['number with a missing style', { column: 0, type: 'number' as const, style: 9 }, '12.5', '', '12.5'],
    ['inline', { column: 0, type: 'inline' as const, style: 0 }, '', 'Anställd', 'Anställd'],
    ['boolean', { column: 0, type: 'boolean' as const, style: 0 }, '0', '', 'FALSE'],
  ])('%s', (_label, cell, value, inline, shown) => {
    expect(cellText(cell, value, inline, sheet)).toBe(shown);
  });
});

describe('sheet rows', () => {
  function workbook(sheetData: string): Uint8Array {
    return zipOf({
      '[Content_Types].xml': '<Types/>',
      'xl/workbook.xml':
        '<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels':
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${sheetData}</sheetData></worksheet>`,
    });
  }

  it('records every value cell of a row built as one string at the right offsets', async () => {
    const rows =
      '<row><c r="A1" t="inlineStr"><is><t>Namn</t></is></c><c r="C1" t="inlineStr"><is><t> Pnr </t></is></c></row>' +
      '<row><c r="A2" t="inlineStr"><is><t>Åsa</t></is></c><c r="B2"><v>7</v></c><c r="C2" t="inlineStr"><is><t>19570428-9999</t></is></c></row>';
    const result = await extract(workbook(rows), 'a.xlsx', stillClock);
    if (result.kind !== 'text') throw new Error(result.kind);
    const cells = (result.cells ?? []).map((cell) => [result.text.slice(cell.start, cell.end), cell.header]);
    expect(cells).toEqual([
      ['Åsa', 'Namn'],
      ['7', ''],
      ['19570428-9999', 'Pnr'],
    ]);
    expect(result.text).toContain('Namn\t\t Pnr \nÅsa\t7\t19570428-9999\n');
  });

  it('leaves out a cell whose column is past the last Excel column, keeping the rest', async () => {
    const rows =
      '<row><c r="A1" t="inlineStr"><is><t>Namn</t></is></c></row>' +
      '<row><c r="ZZZZZZZZZZ2" t="inlineStr"><is><t>far</t></is></c><c r="A2" t="inlineStr"><is><t>near</t></is></c></row>';
    const result = await extract(workbook(rows), 'a.xlsx', stillClock);
    expect(result).toMatchObject({ kind: 'text' });
    expect(result.kind === 'text' && result.text).toContain('near');
    expect(result.kind === 'text' && result.text).not.toContain('far');
  });

  it('cuts a row at the text cap cell by cell, recording only whole cells', async () => {
    const rows =
      '<row><c r="A1" t="inlineStr"><is><t>H</t></is></c><c r="B1" t="inlineStr"><is><t>I</t></is></c></row>' +
      '<row><c r="A2" t="inlineStr"><is><t>abcd</t></is></c><c r="B2" t="inlineStr"><is><t>efghij</t></is></c></row>';
    const head = 'Sheet: S\nH\tI\n';
    const result = await extract(workbook(rows), 'a.xlsx', {
      ...stillClock,
      limits: { maxTextChars: head.length + 8 },
    });
    expect(result).toMatchObject({
      kind: 'partial',
      text: `${head}abcd\tefg`,
      cells: [{ start: head.length, end: head.length + 4, header: 'H' }],
    });
  });
});
