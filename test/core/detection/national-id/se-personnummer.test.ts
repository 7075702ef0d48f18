import { sePersonnummer, seSamordningsnummer } from '../../../../src/core/detection/recognizers/national-id';
import { found, loadVectors, scan, withLuhn } from './helpers';

// Vectors: personnummer/list.json (personnummer/js test list, MIT): every format of every number.
interface PnrVector {
  long_format: string;
  short_format: string;
  separated_format: string;
  separated_long: string;
  valid: boolean;
  type: 'ssn' | 'con';
}
const FORMATS = ['long_format', 'short_format', 'separated_format', 'separated_long'] as const;
const vectors = loadVectors<PnrVector[]>('personnummer/list.json');
const typeOf = (v: PnrVector): string => (v.type === 'ssn' ? 'se-personnummer' : 'se-samordningsnummer');
// The list marks `19090527 1474` invalid only because the library rejects a space separator; people do
// write a space, and 190905271474 itself is valid, so Mail Guard reports it (docs/detection.md: "also with a space").
const expected = (v: PnrVector, value: string): boolean => v.valid || /^\d+ \d+$/.test(value);
const rows = vectors.flatMap((v) => FORMATS.map((f) => [v[f], f, typeOf(v), expected(v, v[f])] as const));
const recognizers = [sePersonnummer, seSamordningsnummer];

describe('se-personnummer / se-samordningsnummer: list.json vectors', () => {
  it.each(rows)('%s (%s) after a keyword: %s reported = %s', (value, _format, type, valid) => {
    const findings = scan(`Personnummer: ${value}`, recognizers);
    if (valid) {
      expect(findings.map((f) => `${f.type} ${f.value}`)).toEqual([`${type} ${value}`]);
      expect(findings[0]?.reasons).toContain('keyword:personnummer');
    } else {
      expect(findings).toEqual([]);
    }
  });

  it.each(rows.filter(([value]) => /[-+]/.test(value)))(
    '%s (%s) is reported without a keyword only if valid',
    (value, _f, type, valid) => {
      const findings = scan(`Uppgifter: ${value} enligt önskemål.`, recognizers);
      if (valid && type === 'se-personnummer') expect(findings.map((f) => f.value)).toEqual([value]);
      if (!valid) expect(findings).toEqual([]);
    },
  );

  // Ten bare digits are as often an order or OCR number: they need a keyword. Twelve digits carry the
  // century, a real date and Luhn, which rarely line up by chance: they stand alone (unless recent: a
  // timestamp shape; see swedish-number.ts).
  it.each(rows.filter(([value]) => /^\d{10}$/.test(value)))(
    'bare digit run %s (%s) needs a keyword',
    (value) => {
      expect(scan(`Uppgifter: ${value} enligt önskemål.`, recognizers)).toEqual([]);
    },
  );

  it.each(
    rows.filter(([value, , , valid]) => valid && /^\d{12}$/.test(value) && Number(value.slice(0, 4)) < 2020),
  )('bare twelve-digit run %s (%s) is found alone', (value) => {
    expect(scan(`Uppgifter: ${value} enligt önskemål.`, recognizers).map((f) => f.value)).toEqual([value]);
  });
});

describe('se-personnummer: true positives in mail', () => {
  it.each([
    [
      'Hej! Här kommer personnumret för nya medarbetaren: 850709-9805. Mvh Lena',
      '850709-9805',
      ['checksum', 'keyword:personnumret'],
    ],
    ['Lönespecifikation Anna Andersson 19850709-9805', '19850709-9805', ['checksum', 'person:line']],
    [
      'Please register the new hire, personal identity number 198507099805, in the payroll system.',
      '198507099805',
      ['checksum', 'keyword:identity number'],
    ],
    ['Pnr:8507099805', '8507099805', ['checksum', 'keyword:pnr']],
    ['Min farfar (född 090527+1474) har fyllt 117 år.', '090527+1474', ['checksum', 'keyword:född']],
    ['Anna 850709 9805, Bo 000405-9937', '850709 9805', ['checksum', 'person:line']],
    ['Kandidat: 20000229-2399 (skottdag)', '20000229-2399', ['checksum']],
  ])('%s', (text, value, reasons) => {
    const hit = scan(text, [sePersonnummer]).find((f) => f.value === value);
    expect(hit).toBeDefined();
    expect(hit?.reasons).toEqual(reasons);
    expect(hit?.category).toBe('national-id');
    expect(hit?.severity).toBe('sensitive');
  });

  it('explains the finding', () => {
    const [hit] = scan('Personnummer 850709-9805', [sePersonnummer]);
    expect(hit?.explanation).toEqual({
      recognizer: 'se-personnummer',
      pattern: 'se-short-separated',
      validation: { kind: 'valid', check: 'luhn' },
      boostedBy: ['keyword:personnummer'],
      loweredBy: [],
    });
    expect(hit?.score).toBe(0.95);
  });

  it.each([
    ['850709-9805', '850709-****'],
    ['19850709-9805', '19850709-****'],
    ['8507099805', '850709****'],
    ['090527+1474', '090527+****'],
  ])('masks %s as %s', (value, masked) => {
    expect(scan(`personnummer ${value}`, [sePersonnummer])[0]?.masked).toBe(masked);
  });
});

describe('se-personnummer: true negatives', () => {
  it.each([
    ['invalid Luhn', 'Personnummer 850709-9806'],
    ['impossible date', `Personnummer ${withLuhn('850230-980')}`],
    ['not a leap year', `Personnummer ${withLuhn('19000229-123')}`],
    ['month 13', `Personnummer ${withLuhn('851309-980')}`],
    ['birth number 000', `Personnummer ${withLuhn('850709-000')}`],
    ['future birth date (12-digit)', `Personnummer ${withLuhn('20261231-123')}`],
    ['born tomorrow (12-digit)', `Personnummer ${withLuhn('20261126-123')}`],
    ['12-digit with a century other than 18/19/20', 'Personnummer 21850709-9805'],
    ['+ on someone under 100 (12-digit)', 'Personnummer 19850709+9805'],
    ['part of a longer number', 'Konto 1850709-98051'],
    ['embedded in a serial', 'SN-850709-9805'],
    ['version-like continuation', 'release 850709-9805.2'],
    ['phone with country code', '+46 8507099805'],
    ['spaced digit groups', 'Belopp 12 850709 9805 kr'],
  ])('%s', (_name, text) => {
    expect(found(text, [sePersonnummer])).toEqual([]);
  });

  it('treats a ten-digit + date as 100 years earlier', () => {
    // 000405+9937 would be born 1900-04-05: valid; 260101+... is 1926.
    expect(found('personnummer 000405+9937', [sePersonnummer])).toEqual(['se-personnummer 000405+9937']);
  });

  it('reads a ten-digit date after today as last century, the twelve-digit one as the future', () => {
    const short = withLuhn('261224-123');
    expect(scan(`personnummer ${short}`, [sePersonnummer])[0]?.value).toBe(short);
    expect(found(`personnummer 20${short}`, [sePersonnummer])).toEqual([]);
    expect(found(`personnummer 19${short}`, [sePersonnummer])).toEqual([`se-personnummer 19${short}`]);
  });

  it('accepts someone born today', () => {
    const today = withLuhn('20261125-123');
    expect(found(`personnummer ${today}`, [sePersonnummer])).toEqual([`se-personnummer ${today}`]);
  });
});
