/**
 * Spreadsheets and CSV: the column header is context for every cell (docs/detection.md), so keyword-required
 * recognizers fire on bare values under a matching header and stay quiet under another.
 */
import { analyze, DEFAULT_RECOGNIZERS } from '../../../../src/core/detection';
import type { ScanInput, TableCell } from '../../../../src/core/detection';
import { personalDataRecognizers } from '../../../../src/core/detection/recognizers/personal';
import { libphonenumberPhones } from '../../../../src/core/detection/recognizers/personal/libphonenumber-phones';
import { env, scan } from './helpers';

const PERSONAL_DATA_RECOGNIZERS = personalDataRecognizers(libphonenumberPhones);

/** Build a ScanInput from rows of a CSV with a header row (`;`-separated). */
function csv(rows: readonly (readonly string[])[]): ScanInput {
  const [header, ...body] = rows;
  let text = `${(header ?? []).join(';')}\n`;
  const cells: TableCell[] = [];
  for (const row of body) {
    row.forEach((value, column) => {
      if (column > 0) text += ';';
      cells.push({ start: text.length, end: text.length + value.length, header: header?.[column] ?? '' });
      text += value;
    });
    text += '\n';
  }
  return { text, cells };
}

function found(input: ScanInput): string[] {
  return analyze(input, env(), PERSONAL_DATA_RECOGNIZERS).findings.map((f) => `${f.type}:${f.value}`);
}

describe('personal data in table cells', () => {
  it('reads every value under personal-data headers', () => {
    // Known engine weakness: context windows cross cell and row boundaries, so a header row ending in
    // "Kontonummer" would demote a phone number at the start of the first data row.
    const input = csv([
      ['Kontonummer', 'Namn', 'Telefon', 'Födelsedatum', 'Regnr'],
      ['9071 4172383', 'Anna', '0701234567', '1985-05-12', 'ABC123'],
      ['97891111113', 'Bo', '0709876543', '1990-01-31', 'XYZ987'],
    ]);
    expect(found(input)).toEqual([
      'se-bank-account:9071 4172383',
      'phone-number:0701234567',
      'date-of-birth:1985-05-12',
      'license-plate:ABC123',
      'se-bank-account:97891111113',
      'phone-number:0709876543',
      'date-of-birth:1990-01-31',
      'license-plate:XYZ987',
    ]);
  });

  it('stays quiet for the same values under business headers', () => {
    const input = csv([
      ['Artikel', 'Ordernr', 'Leveransdatum', 'Modell', 'Serienr'],
      ['Sensor', '0701234567', '2024-05-12', 'ABC123', '9071 4172383'],
    ]);
    expect(found(input)).toEqual([]);
  });
});

describe('a typed table’s column header counts for its cells', () => {
  it('passport numbers under a "Passport no." column of a pipe table', () => {
    const text = [
      'Name             | Nationality | Passport no. | Expiry',
      '-----------------+-------------+--------------+-----------',
      'Jonas Wikström   | SE          | 91428753     | 2029-04-11',
      'Mikael Laine     | FI          | FP4418275    | 2031-01-30',
    ].join('\n');
    const found = scan(text, DEFAULT_RECOGNIZERS).filter((f) => f.type === 'identity-document');
    expect(found.map((f) => [f.value, f.reasons.filter((r) => r.startsWith('header:'))])).toEqual([
      ['91428753', ['header:passport no']],
      ['FP4418275', ['header:passport no']],
    ]);
  });
});
