/**
 * A large generated workbook (tens of thousands of rows, shared strings, inline strings, dates): the
 * content at its very end is found, placed in its row and under its column header, and the limits still
 * hold on it (text cap, inflated size). Also the row numbers read by character codes.
 */
import { extract } from '../../../src/core/extraction';
import { rowNumberOf } from '../../../src/core/extraction/formats/xlsx';
import { stillClock } from './clock';
import { zipOf } from './builders/zip';

const ROWS = 60_000;
const LAST_PNR = '19850709-9805';
const NAMES = ['Anna', 'Johan', 'Sara', 'Ali', 'Åsa', 'Pär'];

/** Shared strings 0–5 are names, 6–8 the headers; every row has a date, an inline id and a number. */
function bigWorkbook(): Uint8Array {
  const shared = [...NAMES, 'Namn', 'Anställd', 'Personnummer', 'Lön'];
  const rows: string[] = [
    '<row r="1"><c r="A1" t="s"><v>6</v></c><c r="B1" t="s"><v>7</v></c><c r="C1" t="s"><v>8</v></c><c r="D1" t="s"><v>9</v></c></row>',
  ];
  for (let r = 2; r <= ROWS; r++) {
    const id = r === ROWS ? LAST_PNR : `SN-${(r * 7919) % 1_000_000}`;
    rows.push(
      `<row r="${r}" spans="1:4"><c r="A${r}" t="s"><v>${r % NAMES.length}</v></c>` +
        `<c r="B${r}" s="1"><v>${40000 + (r % 3000)}</v></c>` +
        `<c r="C${r}" t="inlineStr"><is><t>${id}</t></is></c><c r="D${r}"><v>${30000 + r}.5</v></c></row>`,
    );
  }
  return zipOf({
    '[Content_Types].xml': '<Types/>',
    'xl/workbook.xml':
      '<workbook xmlns:r="r"><sheets><sheet name="Personal" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/sharedStrings.xml': `<sst>${shared.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`,
    'xl/styles.xml': '<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>',
    'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`,
  });
}

let workbook: Uint8Array;
beforeAll(() => {
  workbook = bigWorkbook();
});

describe('a large workbook', () => {
  it('is read to its last row: the value there is in the text, in its row and under its header', async () => {
    const result = await extract(workbook, 'personal.xlsx', stillClock);
    if (result.kind !== 'text') throw new Error(`expected text, got ${result.kind}`);
    const lines = result.text.split('\n').filter((line) => line.includes('\t'));
    expect(lines).toHaveLength(ROWS);
    const last = lines[lines.length - 1] as string;
    // Name, date (serial 40000 + 60000 % 3000 = 40000 → 2009-07-06, General date style 14), id, number.
    expect(last.split('\t')).toEqual([NAMES[ROWS % NAMES.length], expect.any(String), LAST_PNR, '90000.5']);
    const start = result.text.lastIndexOf(LAST_PNR);
    expect(result.cells).toContainEqual({ start, end: start + LAST_PNR.length, header: 'Personnummer' });
    expect(result.regions?.[result.regions.length - 1]).toEqual(
      expect.objectContaining({ kind: 'row', row: ROWS, sheet: 'Personal' }),
    );
    expect(result.regions?.find((r) => r.start <= start && start < r.end)).toEqual(
      expect.objectContaining({ kind: 'row', row: ROWS }),
    );
  });

  it('still stops at the text cap, as partial, without the end', async () => {
    const result = await extract(workbook, 'personal.xlsx', {
      ...stillClock,
      limits: { maxTextChars: 100_000 },
    });
    expect(result.kind).toBe('partial');
    if (result.kind !== 'partial') return;
    expect(result.reason).toMatch(/text cap of 100000 characters/);
    expect(result.text.length).toBeLessThanOrEqual(100_000);
    expect(result.text).not.toContain(LAST_PNR);
  });

  it('still refuses a sheet that inflates past the entry limit', async () => {
    const result = await extract(workbook, 'personal.xlsx', {
      ...stillClock,
      limits: { maxEntryBytes: 1_000_000 },
    });
    expect(result.kind).not.toBe('text');
    expect(JSON.stringify(result)).not.toContain(LAST_PNR);
    expect('reason' in result ? result.reason : '').toMatch(/sheet1\.xml|1000000|limit/i);
  });
});

describe('rowNumberOf', () => {
  it.each([
    [' r="7"', 7],
    [" r = '12'", 12],
    [' spans="1:8" r="3"', 3],
    [' x14ac:dyDescent="0.25" r="99"', 99],
    [' r="1234567"', 1234567],
    [' r="12345678"', 42],
    [' r="a"', 42],
    [' r="a" r="5"', 5],
    ['', 42],
    [' ht="15" customHeight="1"', 42],
    [' cr="5"', 42],
    [' x:r="8"', 42],
    ['r="4"', 4],
    [' r=5', 42],
    [' r="7 "', 42],
    [' r=""', 42],
  ])('%p after row 41 → %p', (attrs, expected) => {
    expect(rowNumberOf(attrs, 41)).toBe(expected);
  });
});
