import { NATIONAL_ID_RECOGNIZERS, dkCpr } from '../../../../src/core/detection/recognizers/national-id';
import { validateDanishCpr } from '../../../../src/core/detection/recognizers/national-id/dk-cpr';
import { danishBirthDate } from '../../../../src/core/identifiers/dk/cpr';
import { env, found, loadVectors, scan, TODAY } from './helpers';

// Vectors: nordic-ids/nordic_id_test_vectors.json, DK_CPR (mathiasvr/danish-ssn tests, MIT).
interface DkVector {
  value: string;
  valid: boolean;
  birthdate: string;
}
const vectors = loadVectors<{ DK_CPR: { vectors: DkVector[] } }>('nordic-ids/nordic_id_test_vectors.json')
  .DK_CPR.vectors;
const iso = (d: { year: number; month: number; day: number }): string =>
  `${d.year}-${String(d.month).length === 1 ? '0' : ''}${d.month}-${String(d.day).length === 1 ? '0' : ''}${d.day}`;
const separated = (v: string): string => `${v.slice(0, 6)}-${v.slice(6)}`;
const rows = vectors.map((v) => [v.value, v.birthdate, v.birthdate <= iso(TODAY)] as const);

describe('dk-cpr: danish-ssn vectors', () => {
  it.each(rows)('%s is born %s; reportable today = %s', (value, birthdate, past) => {
    expect(iso(danishBirthDate(value))).toBe(birthdate);
    expect(validateDanishCpr(value, env()).kind).toBe(past ? 'valid' : 'invalid');
    const reported = found(`CPR-nr. ${separated(value)}`, [dkCpr]);
    expect(reported).toEqual(past ? [`dk-cpr ${separated(value)}`] : []);
  });

  it.each(rows.filter(([, , past]) => past))('%s without a keyword is not reported', (value) => {
    expect(found(`Vedlagt: ${separated(value)} og ${value}`, [dkCpr])).toEqual([]);
  });
});

describe('dk-cpr: context and weak validation', () => {
  it('accepts a number failing mod-11 as weak (issued after 2007), with a keyword', () => {
    const [hit] = scan('Medarbejderens CPR-nummer er 130672-9648', [dkCpr]);
    expect(hit?.reasons).toEqual(['weak:no-mod11-since-2007', 'keyword:cpr-nummer']);
    expect(hit?.score).toBe(0.6);
    expect(hit?.masked).toBe('130672-****');
  });

  it('wins over a Swedish reading of the same digits when a CPR keyword is present', () => {
    expect(scan('CPR 130672-9647', NATIONAL_ID_RECOGNIZERS).map((f) => f.type)).toEqual(['dk-cpr']);
  });

  it.each([
    ['impossible date', 'CPR 310272-1234'],
    ['future birth date', 'CPR 010130-4000'],
    ['phone number after "tlf"', 'CPR-afdelingen, tlf 1306729647'],
  ])('rejects %s', (_name, text) => {
    expect(found(text, [dkCpr])).toEqual([]);
  });
});
