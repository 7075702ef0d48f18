/**
 * `+CC` numbers: libphonenumber decides among every country of the calling code (Jersey's and Guernsey's
 * mobiles are `+44 7…`), and a number of no known plan counts on a line that starts with a person's name.
 * Undialled numbers are read in the plan the text's language suggests; a Finnish phone word makes a number
 * with a trunk 0 Finnish.
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

describe('a list of people: the line that opens with a name says what a phone word would', () => {
  it("reads each guest's Danish number", () => {
    const text =
      'Gæster til middagen:\n\nSøren Dalgaard   Energinet      21 34 55 80\nPernille Bach    Aalborg Kom.   40 18 72 66';
    expect(phones(text)).toEqual(['21 34 55 80', '40 18 72 66']);
  });

  it.each([
    ['Kari Nordmann, Statnett, 912 34 567', '912 34 567'],
    ['- Ola Hansen: 41 22 33 44', '41 22 33 44'],
    // a numbered list, and a number that ends the sentence
    ['1. Thomas Nilsen – 926 41 803', '926 41 803'],
    ['Bård: Ledsager til Thomas Nygård: Ragnhild Nygård, 915 43 208.', '915 43 208'],
    // an unbroken Swedish mobile, and British numbers with their trunk 0
    ['Anna Berg (fru) 0701234567', '0701234567'],
    ['Sophie Turner - Dave Turner (dad), home 0161 496 0732', '0161 496 0732'],
  ])('%j → %s', (text, value) => {
    expect(phones(text)).toEqual([value]);
  });

  it('reads a list whose first column is a flat, a line after a line', () => {
    const text =
      'st. th.   Birthe Klausen       22 47 18 93\n1. tv.    Ahmad Nouri          31 65 02 48\nst. tv.   Kasper Holm   (via Lindely)';
    expect(phones(text)).toEqual(['22 47 18 93', '31 65 02 48']);
  });

  it.each([
    // no name opening the line, no phone grouping, or a longer number
    ['Budget Q4   Energinet   21 34 55 80'],
    ['Erik Lund   2026 1204'],
    ['Erik Lund   21345580'],
    ['Erik Lund   21 34 55 80 12'],
    ['Anna Berg   Kostnad 1200 3400 kr'],
    ['Erik Lund   release 21 34 55.80'],
    ['2026. Budget Q4: 926 41 803'],
    ['Kund 0701234567 har betalat'],
    ['Erik Lund   ordernr 01234 567890'],
  ])('%j: no phone number', (text) => {
    expect(phones(text)).toEqual([]);
  });
});

describe('the region of a number', () => {
  function regions(text: string): string[] {
    return scan(text, DEFAULT_RECOGNIZERS)
      .filter((f) => f.type === 'phone-number')
      .map((f) => f.reasons.filter((r) => r.startsWith('country:')).join(''));
  }

  it.each([
    ['Ring meg gjerne på mobil 912 34 567, hilsen Ola', ['country:no']],
    ['Her er mobil 28 14 55 90 til vores nye projektleder. Venlig hilsen Peter', ['country:dk']],
    ['Ring mig på 070-123 45 67 eller tel 08-123 456 78.', ['country:se', 'country:se']],
    ['Terveisin Mikko, puh. 040 123 4567', ['country:fi']],
    ['Call me on +44 20 7946 0958', ['country:gb']],
  ])('%j → %j', (text, expected) => {
    expect(regions(text)).toEqual(expected);
  });
});
