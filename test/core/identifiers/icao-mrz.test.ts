// The passport MRZ (ICAO Doc 9303 TD3, second line): the specimen from Doc 9303 part 4, and each check digit
// broken once.
import { mrz, type Failure } from '../../../src/core/identifiers';

/** `valid`, or the failed check, of a result. */
function verdict(r: { kind: string; reason?: Failure }): string {
  return r.kind === 'invalid' ? (r.reason ?? '') : r.kind;
}

// Doc 9303 part 4, appendix A: the Utopian passport of Anna Maria Eriksson.
const SPECIMEN = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10';

/** A second line with every check digit computed. */
function line(
  number: string,
  nationality: string,
  birth: string,
  sex: string,
  expiry: string,
  optional: string,
) {
  const d = (field: string): string => String(mrz.checkDigit(field));
  const start = `${number}${d(number)}${nationality}${birth}${d(birth)}${sex}${expiry}${d(expiry)}${optional}${d(optional)}`;
  return start + d(start.slice(0, 10) + start.slice(13, 20) + start.slice(21, 43));
}

/** The specimen with the character at `at` replaced. */
const changed = (at: number, c: string): string => SPECIMEN.slice(0, at) + c + SPECIMEN.slice(at + 1);

describe('icao/mrz', () => {
  it.each([
    [SPECIMEN, 'valid'],
    ['L898902C36UTO7408122F1204159ZE184226B<<<<<10'.toLowerCase(), 'valid'], // compacted to upper case
    ['L898902C36 UTO7408122 F1204159 ZE184226B<<<<<10', 'valid'], // spaces as a scan may leave them
    [changed(9, '7'), 'checksum'], // document number's check digit
    [changed(19, '3'), 'checksum'], // birth date's check digit
    [changed(27, '0'), 'checksum'], // expiry's check digit
    [changed(43, '1'), 'checksum'], // composite
    [changed(0, 'M'), 'checksum'], // a number character the check digit does not cover
    [SPECIMEN.slice(1), 'length'],
    [changed(20, '1'), 'format'], // sex must be M, F, X or <
    // every check digit right, the birth date no day: month 13
    [line('L898902C3', 'UTO', '741312', 'F', '120415', 'ZE184226B<<<<<'), 'date'],
    [line('L898902C3', 'UTO', '740812', 'F', '120415', 'ZE184226B<<<<<'), 'valid'],
  ])('%s: %s', (value, expected) => {
    expect(verdict(mrz.validate(value))).toBe(expected);
  });

  it('reads the number, nationality and birth date', () => {
    const r = mrz.validate(SPECIMEN);
    expect(r.kind === 'valid' ? r.parsed : null).toEqual({
      documentNumber: 'L898902C3',
      nationality: 'UTO',
      birth: '740812',
    });
  });

  it('computes the check digit with the 7-3-1 weights', () => {
    expect(mrz.checkDigit('L898902C3')).toBe(6);
    expect(mrz.checkDigit('740812')).toBe(2);
    expect(mrz.checkDigit('<<<<')).toBe(0);
  });

  it('formats only a valid line', () => {
    expect(mrz.format('L898902C36 UTO7408122F1204159ZE184226B<<<<<10')).toBe(SPECIMEN);
    expect(mrz.format(changed(9, '7'))).toBeNull();
  });
});
