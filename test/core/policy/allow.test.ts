import { compactValue } from '../../../src/core/detection';
import { companyAllowValues, DEFAULT_POLICY } from '../../../src/core/policy';

describe('companyAllowValues', () => {
  const values = companyAllowValues(DEFAULT_POLICY.company).map(compactValue);

  it.each([
    ['the organisation number', '556677-8899'],
    ['the organisation number with century', '16556677-8899'],
    ['the VAT number', 'SE 5566 7788 9901'],
    ['the bankgiro', '5012-3454'],
    ['the switchboard in international form', '+46 31 390 06 00'],
    ['the switchboard in national form', '031-390 06 00'],
    ['the street line of the office address', 'Exempelgatan 1'],
  ])('covers %s', (_what, written) => {
    expect(values).toContain(compactValue(written));
  });

  it('does not cover other numbers', () => {
    expect(values).not.toContain(compactValue('556036-0793'));
  });
});
