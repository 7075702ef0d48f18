import { noFodselsnummer } from '../../../../src/core/detection/recognizers/national-id';
import { validateFodselsnummer } from '../../../../src/core/detection/recognizers/national-id/no-fodselsnummer';
import { norwegianCentury } from '../../../../src/core/identifiers/no/fodselsnummer';
import { env, found, loadVectors, scan } from './helpers';

// Vectors: nordic-ids/nordic_id_test_vectors.json, NO_FNR (navikt/fnrvalidator tests, MIT).
interface NoVector {
  value: string;
  fn: string;
  valid: boolean;
  test: string;
}
const vectors = loadVectors<{ NO_FNR: { vectors: NoVector[] } }>('nordic-ids/nordic_id_test_vectors.json')
  .NO_FNR.vectors;
const rows = vectors.map((v) => [v.value, v.fn, v.test, v.valid] as const);
/** A "today" after every vector's birth date (one is born in 2032). */
const LATER = { year: 2040, month: 1, day: 1 };

describe('no-fodselsnummer: navikt vectors', () => {
  it.each(rows)('%s (%s: %s) valid = %s', (value, _fn, _test, valid) => {
    expect(validateFodselsnummer(value, env(LATER)).kind !== 'invalid').toBe(valid);
    const reported = scan(`Fødselsnummer: ${value}`, [noFodselsnummer], LATER).map((f) => f.value);
    expect(reported).toEqual(valid ? [value] : []);
  });

  it('does not report a birth date in the future (born 2032, today 2026)', () => {
    expect(validateFodselsnummer('02013299997', env())).toEqual({ kind: 'invalid', reason: 'date' });
  });

  it('marks synthetic test numbers (month + 80) as weak', () => {
    expect(validateFodselsnummer('10915596784', env())).toEqual({
      kind: 'weak',
      check: 'mod11',
      why: 'synthetic-test-number',
    });
  });

  it.each([
    ['D-number', '53097248016'],
    ['H-number', '13527248013'],
    ['2032 rule, remainder 1', '30108299939'],
  ])('%s %s is valid', (_kind, value) => {
    expect(validateFodselsnummer(value, env())).toEqual({ kind: 'valid', check: 'mod11' });
  });
});

describe('no-fodselsnummer: shapes and context', () => {
  it.each([
    [
      'Kan du oppdatere fødselsnummeret mitt? Det er 130972 48022.',
      '130972 48022',
      ['checksum', 'keyword:fødselsnummeret'],
    ],
    ['Ansatt: Kari Nordmann, 130972 48022', '130972 48022', ['checksum', 'person:line']],
    ['Her er D-nummer 53097248016 for den nye konsulenten', '53097248016', ['checksum', 'keyword:d-nummer']],
    ["The employee's national ID number is 13097248022.", '13097248022', ['checksum', 'keyword:national id']],
  ])('%s', (text, value, reasons) => {
    const [hit] = scan(text, [noFodselsnummer]);
    expect(hit?.value).toBe(value);
    expect(hit?.reasons).toEqual(reasons);
    expect(hit?.masked).toBe(`${value.slice(0, 6)}${value.charAt(6) === ' ' ? ' ' : ''}*****`);
  });

  it.each([
    ['bare 11 digits without a keyword', 'Referanse 13097248022 er registrert'],
    ['KID number', 'KID-nummer 13097248022'],
    ['bank account shape', 'Konto 1309.72.48022'],
    ['century impossible (individual 800, year 72)', 'Fødselsnummer 13097280011'],
  ])('%s', (_name, text) => {
    expect(found(text, [noFodselsnummer])).toEqual([]);
  });

  it.each([
    [100, 72, 1900],
    [600, 60, 1800],
    [600, 20, 2000],
    [950, 72, 1900],
    [800, 72, null],
    [600, 45, null],
  ])('century of individual %i, year %i is %s', (individual, yy, century) => {
    expect(norwegianCentury(individual, yy)).toBe(century);
  });
});
