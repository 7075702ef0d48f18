// The UK and US schemes, one table each: every written form, each rule of the published scheme broken
// once, and the print form. Vectors are HMRC's and the SSA's own examples or built here to break one rule.
import { gbDrivingLicence, nino, ssn, type Failure } from '../../../src/core/identifiers';

/** `valid`/`weak`, or the failed check, of a result. */
function verdict(r: { kind: string; reason?: Failure }): string {
  return r.kind === 'invalid' ? (r.reason ?? '') : r.kind;
}

describe('gb/driving-licence', () => {
  it.each([
    ['MORGA753116SM9IJ', 'valid'], // DVLA's own example card
    ['morga 753116 sm9ij', 'valid'], // compacted to upper case
    ['MAY99612204J99AB', 'valid'], // a short surname and one initial, padded with 9
    ['SMITH762292J99AB', 'valid'], // 29 February: the century is unknown, so it may be a leap year
    ['MORGA713116SM9IJ', 'date'], // month 13
    ['MORGA763116SM9IJ', 'date'], // month 63 (a woman's 13)
    ['MORGA753326SM9IJ', 'date'], // 32nd day
    ['MORG9A53116SM9IJ', 'format'], // padding before a letter
    ['MOR99753116999IJ', 'format'], // no initial
    ['MORGA753116SM9I', 'length'],
  ])('%s → %s', (value, expected) => {
    expect(verdict(gbDrivingLicence.validate(value))).toBe(expected);
  });

  it('reads the birth date and the holder’s sex, and prints in three groups', () => {
    const r = gbDrivingLicence.validate('MORGA753116SM9IJ');
    expect(r.kind === 'valid' && r.parsed).toEqual({
      birth: { yearInCentury: 76, month: 3, day: 11 },
      female: true,
    });
    expect(gbDrivingLicence.format('MORGA753116SM9IJ')).toBe('MORGA 753116 SM9IJ');
  });
});

describe('gb/nino', () => {
  it.each([
    ['AB123456C', 'valid'],
    ['AB 12 34 56 C', 'valid'],
    ['ab 12 34 56 c', 'valid'], // compacted to upper case
    ['OA123456D', 'valid'], // O may come first, only not second
    ['AB123456', 'weak'], // suffix left off, as some payroll systems store it
    ['QQ123456C', 'component'], // HMRC's example: Q is never used
    ['DA123456A', 'component'], // D never first
    ['AO123456A', 'component'], // O never second
    ['AV123456A', 'component'], // V never second
    ['GB123456A', 'component'], // unallocated prefixes
    ['BG123456A', 'component'],
    ['NK123456A', 'component'],
    ['TN123456A', 'component'], // temporary numbers
    ['ZZ123456A', 'component'],
    ['AB123456E', 'component'], // suffix A-D only
    ['AB12345C', 'length'],
    ['AB1234567C', 'length'],
    ['A1123456C', 'format'],
    ['AB123456CD', 'format'],
    ['AB12#456C', 'format'],
  ])('%s → %s', (value, expected) => {
    expect(verdict(nino.validate(value))).toBe(expected);
  });

  it('names why a number without its suffix is weak', () => {
    expect(nino.validate('AB123456')).toMatchObject({ kind: 'weak', check: 'format', why: 'no-suffix' });
    const r = nino.validate('AB 12 34 56 C');
    expect(r.kind === 'valid' && r.parsed).toEqual({ prefix: 'AB', digits: '123456', suffix: 'C' });
  });

  it.each([
    ['ab123456c', 'AB 12 34 56 C'],
    ['AB 123456 C', 'AB 12 34 56 C'],
    ['AB123456', 'AB 12 34 56'],
    ['QQ123456C', null],
  ])('prints %s as %s', (value, printed) => {
    expect(nino.format(value)).toBe(printed);
  });

  it('compacts spaces and dashes away', () => {
    expect(nino.compact(' AB-12 34 56 c\n')).toBe('AB123456C');
    expect(nino.isAllocatedPrefix('AB')).toBe(true);
    expect(nino.isAllocatedPrefix('KN')).toBe(false);
  });
});

describe('us/ssn', () => {
  it.each([
    ['536-90-4399', 'valid'],
    ['536904399', 'valid'],
    ['536 90 4399', 'valid'],
    ['772-12-3456', 'valid'], // issued since randomization (2011)
    ['000-12-3456', 'component'], // area 000
    ['666-12-3456', 'component'], // area 666
    ['900-12-3456', 'component'], // 9xx: ITINs
    ['987-65-4321', 'component'], // the advertising range
    ['536-00-4399', 'component'], // group 00
    ['536-90-0000', 'component'], // serial 0000
    ['078-05-1120', 'component'], // the wallet insert's number
    ['219-09-9999', 'component'],
    ['457-55-5462', 'component'],
    ['123-45-6789', 'component'], // a form's placeholder
    ['111-11-1111', 'component'],
    ['536-90-439', 'length'],
    ['5369043990', 'length'],
    ['5369-04-399', 'format'], // separators in the wrong place
    ['53-690-4399', 'format'],
    ['536-9O-4399', 'format'],
  ])('%s → %s', (value, expected) => {
    expect(verdict(ssn.validate(value))).toBe(expected);
  });

  it('says what the number is made of, and has no checksum to name', () => {
    const r = ssn.validate('536-90-4399');
    expect(r.kind === 'valid' && r.check).toBe('format');
    expect(r.kind === 'valid' && r.parsed).toEqual({ area: '536', group: '90', serial: '4399' });
  });

  it.each([
    ['111223333', '111-22-3333'],
    [' 536 90 4399 ', '536-90-4399'],
    ['078-05-1120', null],
  ])('prints %s as %s', (value, printed) => {
    expect(ssn.format(value)).toBe(printed);
    expect(ssn.compact('536-90 4399')).toBe('536904399');
  });
});
