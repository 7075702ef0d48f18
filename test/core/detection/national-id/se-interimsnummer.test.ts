import { seInterimsnummer } from '../../../../src/core/detection/recognizers/national-id';
import { found, loadVectors, scan } from './helpers';

// Vectors: personnummer/interim.json (personnummer/js interim list, MIT).
interface InterimVector {
  long_format: string;
  short_format: string;
  separated_format: string;
  separated_long: string;
  valid: boolean;
}
const FORMATS = ['long_format', 'short_format', 'separated_format', 'separated_long'] as const;
const rows = loadVectors<InterimVector[]>('personnummer/interim.json').flatMap((v) =>
  FORMATS.map((f) => [v[f], f, v.valid] as const),
);

describe('se-interimsnummer', () => {
  it.each(rows)('%s (%s) reported = %s', (value, _format, valid) => {
    expect(found(`Interimsnummer ${value} i journalen`, [seInterimsnummer])).toEqual(
      valid ? [`se-interimsnummer ${value}`] : [],
    );
  });

  it('is medium confidence without a keyword and explains the Luhn check', () => {
    const [hit] = scan('Patient 000101-T220 kallas till återbesök.', [seInterimsnummer]);
    expect(hit?.score).toBe(0.6);
    expect(hit?.reasons).toEqual(['checksum']);
    expect(hit?.masked).toBe('000101-****');
  });

  it.each([
    ['letter not in the series', 'Interimsnummer 000101-A220'],
    ['lower-case letter', 'Interimsnummer 000101-t220'],
    ['Luhn fails', 'Interimsnummer 000101-T221'],
    ['impossible date', 'Interimsnummer 000231-T220'],
    ['ISO basic timestamp', 'Loggad 20240101T1200 av systemet'],
  ])('rejects %s', (_name, text) => {
    expect(found(text, [seInterimsnummer])).toEqual([]);
  });
});
