import {
  checkDigit,
  compact,
  isValid,
  luhnRemainder,
  validate,
} from '../../../../src/core/identifiers/checksums/luhn';

// Sources: ISO/IEC 7812-1 Annex B worked example (7992739871 + 3), Skatteverket SKV 704 (811218-9876),
// well-known PSP test PANs, Bolagsverket's published organisationsnummer (556016-0680).
describe('luhn', () => {
  it.each([
    ['79927398713'],
    ['811218-9876'],
    ['8112189876'],
    ['4111 1111 1111 1111'],
    ['5555555555554444'],
    ['556016-0680'],
    ['00'],
  ])('accepts %s', (value) => {
    expect(validate(value)).toEqual({ kind: 'valid', check: 'luhn' });
    expect(isValid(value)).toBe(true);
  });

  it.each([
    ['79927398710', 'checksum'],
    ['811218-9877', 'checksum'],
    ['4111 1111 1111 1112', 'checksum'],
    ['81121A9876', 'format'],
    ['', 'format'],
    ['7', 'length'],
  ] as const)('rejects %s (%s)', (value, reason) => {
    expect(validate(value)).toEqual({ kind: 'invalid', reason });
    expect(isValid(value)).toBe(false);
  });

  it('computes the check digit to append', () => {
    expect(checkDigit('7992739871')).toBe(3);
    expect(checkDigit('811218987')).toBe(6);
    expect(luhnRemainder('79927398713')).toBe(0);
  });

  it('compacts separators', () => {
    expect(compact('811218-9876')).toBe('8112189876');
    expect(compact('4111 1111.1111/1111')).toBe('4111111111111111');
  });

  it('catches every single-digit error', () => {
    const good = '8112189876';
    for (let i = 0; i < good.length; i++) {
      for (let d = 0; d <= 9; d++) {
        const bad = good.slice(0, i) + String(d) + good.slice(i + 1);
        if (bad !== good) expect(isValid(bad)).toBe(false);
      }
    }
  });
});
