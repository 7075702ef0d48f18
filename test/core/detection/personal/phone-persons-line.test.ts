/**
 * `+CC` numbers: libphonenumber decides among every country of the calling code (Jersey's and Guernsey's
 * mobiles are `+44 7…`), and a number of no known plan counts on a line that starts with a person's name.
 */
import { DEFAULT_RECOGNIZERS } from '../../../../src/core/detection';
import { scan } from '../sensitive-terms/scan';

function phones(text: string): string[] {
  return scan(text, DEFAULT_RECOGNIZERS)
    .filter((f) => f.type === 'phone-number')
    .map((f) => f.value);
}

describe('phone numbers by layout and plan', () => {
  it.each([
    ['Mark Thompson, SmartGrid UK, +44 7700 900 481', '+44 7700 900 481'],
    ['- Rachel: +44 7700 900 117', '+44 7700 900 117'],
    ['Contact: +44 7911 123456', '+44 7911 123456'],
    ['Tom Bradley, Northern Power, +44 7911 123456', '+44 7911 123456'],
  ])('%j → %s', (text, value) => {
    expect(phones(text)).toEqual([value]);
  });

  it.each([
    // a first word that is no first name, or a number that is no phone number
    ['Budget, Q4, +44 7700 900 481'],
    ['Mark the build +12 3456 7890 as stable'],
    ['Anna: version +1.2.3'],
  ])('%j: no phone number', (text) => {
    expect(phones(text)).toEqual([]);
  });
});
