import {
  DK_CPR_WEIGHTS,
  NO_K1_WEIGHTS,
  isValid,
  norwegianCheckRule,
  validate,
  validateNorwegianCheckDigits,
  weightedRemainder,
} from '../../../../src/core/identifiers/checksums/mod11';

// Vectors: navikt/fnrvalidator tests (NO), mathiasvr/danish-ssn tests (DK), copied to test/data/nordic-ids.
describe('mod11 (Norway)', () => {
  it.each([
    ['13097248022', 'classic'],
    ['15021951940', 'classic'],
    ['53097248016', 'classic'],
    ['02013299997', 'classic'],
    ['30108299920', 'classic'],
    ['30108299939', '2032'],
  ] as const)('%s passes by the %s rule', (value, rule) => {
    expect(norwegianCheckRule(value)).toBe(rule);
    expect(validateNorwegianCheckDigits(value)).toEqual({ kind: 'valid', check: 'mod11' });
  });

  it.each([
    ['13097248032', 'checksum'],
    ['13097248023', 'checksum'],
    ['02013299987', 'checksum'],
    ['02013299996', 'checksum'],
    ['1234567890', 'length'],
    ['1234567891A', 'format'],
  ] as const)('%s is rejected (%s)', (value, reason) => {
    expect(validateNorwegianCheckDigits(value)).toEqual({ kind: 'invalid', reason });
  });

  it('weights the first check digit per Skatteetaten', () => {
    expect(weightedRemainder('1309724802', NO_K1_WEIGHTS)).toBe(0);
  });
});

describe('mod11 (Denmark)', () => {
  it.each([['1306729647'], ['130672-9647'], ['2103646750'], ['0102988256']])('%s passes', (value) => {
    expect(validate(value, DK_CPR_WEIGHTS)).toEqual({ kind: 'valid', check: 'mod11' });
    expect(isValid(value, DK_CPR_WEIGHTS)).toBe(true);
  });

  it.each([
    ['1306729648', 'checksum'],
    ['130672964', 'length'],
    ['13067296x7', 'format'],
  ] as const)('%s is rejected (%s)', (value, reason) => {
    expect(validate(value, DK_CPR_WEIGHTS)).toEqual({ kind: 'invalid', reason });
  });
});
