import { validateSwedishAccount } from '../../../../src/core/detection/recognizers/personal/se-clearing';

/**
 * Valid account numbers from the test suite of the MIT-licensed npm package `kontonummer`
 * (swantzter/kontonummer, test/index.test.ts), an independent implementation of Bankgirot's rules.
 * Columns: clearing, Swedbank clearing check digit, account, check.
 */
const VALID: readonly (readonly [string, string, string, string])[] = [
  ['9071', '', '4172383', 'mod11'], // Multitude Bank, type 1 comment 1
  ['6789', '', '123456789', 'mod11'], // Handelsbanken
  ['8424', '4', '9831892246', 'luhn'], // Swedbank, 5-digit clearing
  ['8351', '9', '3922422245', 'luhn'], // Sparbanken Tanum
  ['8129', '9', '0433867116', 'luhn'], // Sparbank i Hudiksvall
  ['3300', '', '0006205124', 'luhn'], // Nordea personkonto
  ['9789', '', '1111113', 'mod11'], // Klarna Bank, type 1 comment 2
];

describe('Swedish clearing ranges and check digits', () => {
  it.each(VALID)('%s-%s %s passes %s', (clearing, clearingCheck, account, check) => {
    expect(validateSwedishAccount(clearing, account, clearingCheck)).toEqual({ kind: 'valid', check });
  });

  it.each([
    ['6789', '', '123456788'], // kontonummer's invalid check digit case
    ['8424', '1', '9831892246'], // kontonummer's invalid Swedbank clearing check digit
    ['8351', '9', '3922422240'],
    ['9789', '', '1111114'],
  ])('%s-%s %s fails a check digit: weak, not invalid', (clearing, clearingCheck, account) => {
    expect(validateSwedishAccount(clearing, account, clearingCheck)).toEqual({
      kind: 'weak',
      check: 'clearing',
      why: 'check-digit-unverified',
    });
  });

  it.each([
    ['1000', '0000009', 'component'],
    ['9999', '0017727', 'component'],
    ['5000', '00177270', 'length'],
    ['3300', '0017727', 'length'],
  ])('%s-%s is invalid (%s)', (clearing, account, reason) => {
    expect(validateSwedishAccount(clearing, account)).toEqual({ kind: 'invalid', reason });
  });
});
