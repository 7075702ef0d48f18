import * as mod97 from '../../../../src/core/identifiers/checksums/mod97';
import * as iban from '../../../../src/core/identifiers/checksums/iban';

describe('mod97 (ISO 7064 MOD 97-10)', () => {
  it.each([
    // IBAN SE45 5000 0000 0583 9825 7466 in check order (BBAN + SE45).
    ['50000000058398257466SE45', 1],
    ['50000000058398257466SE46', 2],
    ['0', 0],
    ['97', 0],
    ['98', 1],
    ['A', 10],
    ['Z', 35],
  ])('remainder of %s is %d', (value, remainder) => {
    expect(mod97.mod97Remainder(value)).toBe(remainder);
  });

  it.each([
    ['50000000058398257466SE45', { kind: 'valid', check: 'mod97' }],
    ['5000 0000 0583 9825 7466 se45', { kind: 'valid', check: 'mod97' }],
    ['50000000058398257466SE46', { kind: 'invalid', reason: 'checksum' }],
    ['5000_0000', { kind: 'invalid', reason: 'format' }],
    ['1', { kind: 'invalid', reason: 'length' }],
  ])('validate(%s)', (value, result) => {
    expect(mod97.validate(value)).toEqual(result);
    expect(mod97.isValid(value)).toBe(result.kind === 'valid');
  });

  it('rejects characters outside 0-9A-Z in the remainder', () => {
    expect(mod97.mod97Remainder('12#4')).toBeNaN();
  });
});

describe('iban', () => {
  it.each([
    // SWIFT IBAN registry examples.
    'SE45 5000 0000 0583 9825 7466',
    'SE4550000000058398257466',
    'NO93 8601 1117 947',
    'DK50 0040 0440 1162 43',
    'FI21 1234 5600 0007 85',
    'DE89 3704 0044 0532 0130 00',
    'GB29 NWBK 6016 1331 9268 19',
    'CH93 0076 2011 6238 5295 7',
    'FR14 2004 1010 0505 0001 3M02 606',
    'NL91 ABNA 0417 1643 00',
    'IS14 0159 2600 7654 5510 7303 39',
    'MT84 MALT 0110 0001 2345 MTLC AST0 01S',
    'se45 5000 0000 0583 9825 7466',
  ])('valid: %s', (value) => {
    expect(iban.validate(value)).toEqual({ kind: 'valid', check: 'mod97' });
  });

  it.each([
    ['SE45 5000 0000 0583 9825 7467', 'checksum'],
    ['SE45 5000 0000 0583 9825 746', 'length'],
    ['NO93 8601 1117 9471', 'length'],
    ['XX45 5000 0000 0583 9825 7466', 'component'],
    ['SE4X 5000 0000 0583 9825 7466', 'format'],
    ['SE45 5000 0000 0583 9825 746!', 'format'],
  ])('invalid: %s (%s)', (value, reason) => {
    expect(iban.validate(value)).toEqual({ kind: 'invalid', reason });
    expect(iban.isValid(value)).toBe(false);
  });

  it.each([
    ['SE', 24],
    ['NO', 15],
    ['DK', 18],
    ['FI', 18],
    ['IS', 26],
    ['DE', 22],
    ['GB', 22],
    ['CH', 21],
    ['MT', 31],
    ['FR', 27],
  ])('length of %s is %d', (country, length) => {
    expect(iban.ibanLength(country)).toBe(length);
  });

  it('has no length for unknown or inherited keys', () => {
    expect(iban.ibanLength('US')).toBeUndefined();
    expect(iban.ibanLength('toString')).toBeUndefined();
  });
});
