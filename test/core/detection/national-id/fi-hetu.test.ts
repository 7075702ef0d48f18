import { NATIONAL_ID_RECOGNIZERS, fiHetu } from '../../../../src/core/detection/recognizers/national-id';
import { validateHetu } from '../../../../src/core/detection/recognizers/national-id/fi-hetu';
import { finnishCentury } from '../../../../src/core/identifiers/fi/hetu';
import { env, found, loadVectors, scan } from './helpers';

// Vectors: nordic-ids/nordic_id_test_vectors.json, FI_HETU (vkomulai/finnish-ssn tests, MIT; 2023 signs).
interface FiVector {
  value: string;
  valid: boolean;
}
const rows = loadVectors<{ FI_HETU: { vectors: FiVector[] } }>(
  'nordic-ids/nordic_id_test_vectors.json',
).FI_HETU.vectors.map((v) => [v.value, v.valid] as const);

describe('fi-hetu: finnish-ssn vectors', () => {
  it.each(rows)('%s valid = %s', (value, valid) => {
    expect(validateHetu(value, env()).kind).toBe(valid ? 'valid' : 'invalid');
    expect(found(`Henkilötunnus: ${value}`, [fiHetu])).toEqual(valid ? [`fi-hetu ${value}`] : []);
  });

  it.each(rows.filter(([, valid]) => valid))(
    '%s is reported as fi-hetu among all recognizers, even without a keyword',
    (value) => {
      expect(scan(`Uppgifter ${value} enligt blankett`, NATIONAL_ID_RECOGNIZERS).map((f) => f.type)).toEqual([
        'fi-hetu',
      ]);
    },
  );
});

describe('fi-hetu: details', () => {
  it.each([
    ['+', 1800],
    ['-', 1900],
    ['Y', 1900],
    ['U', 1900],
    ['A', 2000],
    ['F', 2000],
    ['G', null],
  ] as const)('sign %s means %s', (sign, century) => {
    expect(finnishCentury(sign)).toBe(century);
  });

  it('explains and masks', () => {
    const [hit] = scan('HETU 010594Y9032', [fiHetu]);
    expect(hit?.reasons).toEqual(['checksum', 'keyword:hetu']);
    expect(hit?.explanation.validation).toEqual({ kind: 'valid', check: 'mod31' });
    expect(hit?.masked).toBe('010594Y****');
  });

  it.each([
    ['future birth date', 'Henkilötunnus 010130A123B'],
    ['inside a longer token', 'Tuote X010594Y9032'],
  ])('rejects %s', (_name, text) => {
    expect(found(text, [fiHetu])).toEqual([]);
  });

  it.each([
    ['wrapped before the century sign', 'henkilötunnus 311299\n-451S. Kiitos', '311299\n-451S'],
    ['wrapped after the century sign', 'henkilötunnus 311299-\n451S. Kiitos', '311299-\n451S'],
    ['a quoted second line', 'hetu 311299\n> -451S', '311299\n> -451S'],
  ])('finds a henkilötunnus %s', (_name, text, value) => {
    expect(scan(text, [fiHetu]).map((f) => f.value)).toEqual([value]);
  });

  it.each([
    ['a wrong check character', 'henkilötunnus 311299\n-451T'],
    ['a letter glued to the second part', 'henkilötunnus 311299\n-451SX'],
    ['a serial before the break', 'tuote AB311299\n-451S'],
  ])('no wrapped henkilötunnus with %s', (_name, text) => {
    expect(found(text, [fiHetu])).toEqual([]);
  });
});
