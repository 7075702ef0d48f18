import { findNumbers } from '../../src/onsend/phone-numbers-lite';

const found = (text: string, country = 'SE') =>
  findNumbers(text, country).map((f) => [text.slice(f.startsAt, f.endsAt), f.country]);

describe('findNumbers (on-send phone finder)', () => {
  it.each([
    // True positives: Swedish national and international forms, the other Nordic plans.
    ['Ring mig på 070-123 45 67 i morgon', 'SE', [['070-123 45 67', 'SE']]],
    ['Tel: 08-123 456 78', 'SE', [['08-123 456 78', 'SE']]],
    ['Mobil +46 70 123 45 67.', 'SE', [['+46 70 123 45 67', 'SE']]],
    ['Växel 0046 8 123 456 78', 'SE', [['0046 8 123 456 78', 'SE']]],
    ['Tlf. +47 22 33 44 55', 'SE', [['+47 22 33 44 55', 'NO']]],
    ['Telefon 22 33 44 55', 'NO', [['22 33 44 55', 'NO']]],
    ['Puh. +358 40 123 4567', 'SE', [['+358 40 123 4567', 'FI']]],
    ['(08) 123 456 78', 'SE', [['(08) 123 456 78', 'SE']]],
  ])('%s', (text, country, expected) => {
    expect(found(text, country)).toEqual(expected);
  });

  it.each([
    // True negatives and traps: too short or long for the plan, an unknown calling code, glued to letters.
    ['Order 12345', 'SE'],
    ['Artikel 0123456789012345', 'SE'],
    ['Ring +1 415 555 0100', 'SE'],
    ['SN12345678', 'SE'],
    ['22 33 44 55', 'SE'],
    ['Version 4.2.1', 'SE'],
  ])('finds nothing in %s', (text, country) => {
    expect(found(text, country)).toEqual([]);
  });
});
