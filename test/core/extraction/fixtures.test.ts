/**
 * Real files made by real tools (test/fixtures/attachments/README.md says how): each must extract to
 * the expected outcome and contain the text the detector needs to see.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../../src/core/extraction';
import type { ExtractionResult } from '../../../src/core/extraction';
import { stillClock } from './clock';

const DIR = join(__dirname, '../../fixtures/attachments');
const read = (name: string): Uint8Array => readFileSync(join(DIR, name));

function textOf(result: ExtractionResult): string {
  return result.kind === 'text' || result.kind === 'partial' ? result.text : '';
}

describe('attachment fixtures', () => {
  it.each([
    [
      'staff-list.personnummer.xlsx',
      ['Sheet: staff-list', '19570428-9999', '20000405-9937', 'Anställd sedan'],
    ],
    ['staff-list.personnummer.ods', ['Sheet: staff-list', '19460823-9986', 'Ali Hassan']],
    ['telemetry.clean.xlsx', ['Sheet: telemetry', '2025-03-11 08:00:00', 'VX7-0042-A', '1209600']],
    [
      'contract.personnummer.docx',
      [
        'personnummer 570428-9999',
        '(header)',
        'sidfot',
        'Fotnot:',
        'Kommentar: kontrollera personnumret 000405-9937',
        'Author: Anna Svensson',
        'Last modified by: Erik Lind',
      ],
    ],
    [
      'contract.personnummer.odt',
      ['personnummer 570428-9999\n', '(header)', 'sidfot', 'Fotnot:', '000405-9937', 'Author: Anna Svensson'],
    ],
    ['contract.personnummer.rtf', ['personnummer 570428-9999', 'Göteborg', 'Anna Svensson']],
    [
      'rehab-slides.personnummer.pptx',
      [
        'Rehabilitering',
        'långtidssjukskrivna',
        'Talaranteckning: gäller Sara Lind, personnummer 000229-2399',
      ],
    ],
    ['rehab-slides.personnummer.odp', ['Rehabilitering', 'personnummer 000229-2399']],
    [
      'payslip.personnummer.pdf',
      ['Personnummer: 460823-9986', 'Sjukavdrag', 'Title: Lönespecifikation mars 2025'],
    ],
    ['datasheet.clean.pdf', ['VX-7 Sensor Node', 'Supply voltage 3.3 V', 'part number 4711-2033-0815']],
    ['customers.phone-email.csv', ['Åsa Öberg', '070-123 45 67', 'par.strom@example.com', 'Västerås']],
    [
      'doctor-appointment.health.ics',
      [
        'Summary: Läkarbesök',
        'insulin), och intyg',
        'Location: Vårdcentralen Majorna, Karl Johansgatan 25',
        'Attendee: Dr. Per Ek <per.ek@vardcentral.example>',
      ],
    ],
    [
      'contact.personnummer.vcf',
      [
        'Name: Maria Nilsson',
        'Phone: +46 70 123 45 67',
        'Birthday: 1957-04-28',
        'Note: Personnummer 19570428-9999. Kontakt via mobil, helst',
      ],
    ],
  ])('%s extracts completely with the expected text', async (name, expected) => {
    const result = await extract(read(name), name, stillClock);
    expect(result.kind).toBe('text');
    for (const piece of expected) expect(textOf(result)).toContain(piece);
  });

  it.each([
    ['staff-list.personnummer.xlsx', '19570428-9999', 'Personnummer'],
    ['staff-list.personnummer.ods', '20000229-2399', 'Personnummer'],
    ['customers.phone-email.csv', '073-987 65 43', 'Telefon'],
    ['telemetry.clean.xlsx', 'VX7-0043-B', 'Device serial'],
  ])('%s tags the cell %s with its column header %s', async (name, value, header) => {
    const result = await extract(read(name), name, stillClock);
    const text = textOf(result);
    const cells = result.kind === 'text' ? (result.cells ?? []) : [];
    const cell = cells.find((c) => text.slice(c.start, c.end) === value);
    expect(cell?.header).toBe(header);
  });

  it.each([
    ['error.encrypted.pdf', 'encrypted'],
    ['error.encrypted.docx', 'encrypted'],
    ['scan.image.png', 'unsupported'],
  ])('%s is reported as %s, not as clean text', async (name, kind) => {
    expect((await extract(read(name), name, stillClock)).kind).toBe(kind);
  });

  it('marks images so the draft layer can say "image — contents not checked"', async () => {
    expect(await extract(read('scan.image.png'), 'scan.png', stillClock)).toMatchObject({
      kind: 'unsupported',
      image: true,
    });
  });

  it('lists a zip archive and extracts its members', async () => {
    const result = await extract(read('archive.personnummer.zip'), 'archive.zip', stillClock);
    expect(result.kind).toBe('text');
    const members = result.kind === 'text' ? (result.members ?? []) : [];
    expect(members.map((m) => m.name)).toEqual(['lista.xlsx', 'readme.txt']);
    expect(textOf(members[0]?.result ?? { kind: 'failed', reason: '' })).toContain('20000229-2399');
  });

  it('trusts the bytes over the name: a PDF called .txt is still read as PDF', async () => {
    const result = await extract(read('payslip.personnummer.pdf'), 'notes.txt', stillClock);
    expect(textOf(result)).toContain('460823-9986');
  });
});
