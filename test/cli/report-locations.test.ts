/**
 * `mailguard scan` says where findings are in terms people can act on: line and column in text, sheet and
 * cell in spreadsheets and CSV, page in PDFs, slide in presentations; repeats are one line with a range,
 * and each file says what of it was not read. Files are scanned as the CLI scans them (`scanFile`).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reportJson } from '../../src/cli/report-json';
import { PLAIN, reportHuman } from '../../src/cli/report-human';
import { scanFile, type FileReport } from '../../src/cli/scan-file';
import { parseMessage } from '../../src/core/extraction';
import { DEFAULT_POLICY } from '../../src/core/policy';
import { withLuhn } from '../core/detection/national-id/helpers';
import { makePdf } from '../core/extraction/builders/pdf';
import { zipOf } from '../core/extraction/builders/zip';
import { REPO } from './cli-harness';

const TODAY = { year: 2026, month: 11, day: 25 };
const PNR = '850709-9805';
const FIXTURES = path.join(REPO, 'test/fixtures/attachments');
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mailguard-locations-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function scanBytes(name: string, bytes: Uint8Array | string): Promise<FileReport> {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return scanFile(file, DEFAULT_POLICY, TODAY);
}

/** The `where` objects of the JSON record, as the contract prints them; of one type when given. */
function wheres(report: FileReport, type?: string): Array<Record<string, unknown>> {
  const record = JSON.parse(reportJson(report, false)) as {
    findings: Array<{ type: string; where: Record<string, unknown> }>;
  };
  return record.findings.filter((f) => type === undefined || f.type === type).map((f) => f.where);
}

/** A workbook with one sheet `Blad1`: rows as given (`r` numbers), inline strings. */
function workbook(rows: ReadonlyArray<readonly [number, readonly string[]]>): Uint8Array {
  const cell = (row: number, column: number, text: string): string =>
    `<c r="${String.fromCharCode(65 + column)}${row}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const sheet = rows
    .map(
      ([r, values]) =>
        `<row r="${r}">${values.map((v, i) => (v === '' ? '' : cell(r, i, v))).join('')}</row>`,
    )
    .join('');
  return zipOf({
    '[Content_Types].xml': '<Types/>',
    'xl/workbook.xml':
      '<workbook xmlns:r="r"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${sheet}</sheetData></worksheet>`,
  });
}

/** Twenty valid personnummer (Luhn-checked) for a staff list. */
const STAFF = Array.from({ length: 20 }, (_, i) => withLuhn(`850709-${String(100 + i * 7)}`));

describe('JSON where: positions', () => {
  it('gives line and column (1-based, in characters) in plain-text files', async () => {
    const report = await scanBytes('note.txt', `Hej!\nPersonnummer: ${PNR}\n😀 ${PNR}\n`);
    expect(wheres(report)).toEqual([
      { part: 'attachment', attachment: 'note.txt', start: 19, end: 30, line: 2, column: 15 },
      { part: 'attachment', attachment: 'note.txt', start: 34, end: 45, line: 3, column: 3 },
    ]);
  });

  it('gives line and column in the body and subject of a mail', async () => {
    const eml =
      'From: anna@example.com\r\nTo: bo@example.com\r\nSubject: Ang. 19850709-9805\r\n' +
      'Content-Type: text/plain; charset=utf-8\r\n\r\nHej Bo,\r\n\r\nhans nummer är ' +
      `${PNR}, tack.\r\n`;
    const report = await scanBytes('mail.eml', eml);
    const body = (await parseMessage(new TextEncoder().encode(eml), { now: () => 0 })).body;
    const found = wheres(report);
    expect(found.find((w) => w['part'] === 'subject')).toMatchObject({ line: 1, column: 6 });
    const where = found.find((w) => w['part'] === 'body') as { line: number; column: number };
    expect(body.split('\n')[where.line - 1]?.slice(where.column - 1)).toMatch(/^850709-9805/);
  });

  it('gives sheet and cell (A1) for spreadsheet cells, with the row numbers of the file', async () => {
    const report = await scanBytes(
      'gaps.xlsx',
      workbook([
        [1, ['Namn', 'Personnummer']],
        [4, ['Anna', STAFF[0] as string]],
        [30, ['', '', STAFF[1] as string]],
      ]),
    );
    expect(wheres(report).map((w) => [w['sheet'], w['cell']])).toEqual([
      ['Blad1', 'B4'],
      ['Blad1', 'C30'],
    ]);
  });

  it('names the cells of a real workbook (LibreOffice export)', async () => {
    const report = await scanFile(path.join(FIXTURES, 'staff-list.personnummer.xlsx'), DEFAULT_POLICY, TODAY);
    const cells = wheres(report, 'se-personnummer').map((w) => `${String(w['sheet'])}!${String(w['cell'])}`);
    expect(cells).toEqual(['staff-list!B2', 'staff-list!B3', 'staff-list!B4', 'staff-list!B5']);
  });

  it('gives the cell of a CSV value (no sheet)', async () => {
    const report = await scanBytes('lista.csv', `Namn;Personnummer\nAnna;${PNR}\n`);
    expect(wheres(report)).toEqual([expect.objectContaining({ cell: 'B2' })]);
    expect(wheres(report)[0]).not.toHaveProperty('sheet');
  });

  it('gives the page in a PDF', async () => {
    const report = await scanBytes(
      'rapport.pdf',
      makePdf([['Kvartalsrapport'], ['Bilaga'], [`Personnummer ${PNR}`]]),
    );
    expect(wheres(report)).toEqual([expect.objectContaining({ page: 3 })]);
  });

  it('gives the slide of speaker notes in a real presentation', async () => {
    const report = await scanFile(
      path.join(FIXTURES, 'rehab-slides.personnummer.pptx'),
      DEFAULT_POLICY,
      TODAY,
    );
    // The personnummer is in the speaker notes of slide 1; the author (document properties) is on no slide.
    expect(wheres(report, 'se-personnummer')).toEqual([expect.objectContaining({ slide: 1 })]);
    expect(wheres(report, 'person-name').map((w) => w['slide'])).toEqual([1, undefined]);
  });
});

describe('the report for people', () => {
  it('groups repeats into one line with the cell range', async () => {
    const rows: Array<readonly [number, readonly string[]]> = [[1, ['Namn', 'Personnummer']]];
    STAFF.forEach((pnr, i) => rows.push([i + 2, [`Person ${i + 1}`, pnr]]));
    const report = await scanBytes('personallista.xlsx', workbook(rows));
    const text = reportHuman(report, false, PLAIN);
    expect(text).toContain('20 × se-personnummer in personallista.xlsx, Blad1!B2:B21');
    expect(text.match(/se-personnummer/g)?.length).toBeLessThan(4);
    for (const pnr of STAFF) expect(text).not.toContain(pnr);
    expect(reportHuman(report, true, PLAIN)).toContain(STAFF.join(', '));
  });

  it('lists pages and lines of repeats, and places a single finding exactly', async () => {
    const pdf = await scanBytes(
      'sidor.pdf',
      makePdf([[`Personnummer ${PNR}`], [`Personnummer ${STAFF[2] as string}`], ['Slut']]),
    );
    expect(reportHuman(pdf, false, PLAIN)).toContain('2 × se-personnummer in sidor.pdf, pages 1–2');
    const txt = await scanBytes('en.txt', `Hej!\nPersonnummer: ${PNR}\n`);
    expect(reportHuman(txt, false, PLAIN)).toContain('where: attachment en.txt, line 2, column 15');
  });

  it('says per file what was not read', async () => {
    const report = await scanFile(path.join(FIXTURES, 'error.encrypted.pdf'), DEFAULT_POLICY, TODAY);
    const text = reportHuman(report, false, PLAIN);
    expect(text).toMatch(/Not fully read/);
    expect(text).toMatch(/NOTE\s+attachment error\.encrypted\.pdf \[encrypted\]/);
    const clean = await scanBytes('ren.txt', 'Mötet flyttas till torsdag.\n');
    expect(reportHuman(clean, false, PLAIN)).not.toMatch(/Not fully read|NOTE/);
  });
});
