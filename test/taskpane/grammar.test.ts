import { countOf, genitive, pluralForm } from '../../src/taskpane/strings/grammar';
import { countsText } from '../../src/taskpane/components/CategoryLine';
import { compactFindings } from '../../src/taskpane/components/lines';
import { stringsFor } from '../../src/taskpane/strings';
import { ratedFinding } from './findings';

describe('plurals by Intl.PluralRules', () => {
  it.each([
    ['en', 1, '1 phone number'],
    ['en', 20, '20 phone numbers'],
    ['en', 0, '0 phone numbers'],
    ['sv', 1, '1 telefonnummer'],
    ['sv', 20, '20 telefonnummer'],
  ] as const)('%s %d → %s', (language, count, text) => {
    const forms =
      language === 'en'
        ? { one: 'phone number', other: 'phone numbers' }
        : { one: 'telefonnummer', other: 'telefonnummer' };
    expect(countOf(language, count, forms)).toBe(text);
  });

  it('chooses the form of Swedish words that change', () => {
    expect(pluralForm('sv', 2, { one: 'e-postadress', other: 'e-postadresser' })).toBe('e-postadresser');
    expect(pluralForm('sv', 1, { one: 'e-postadress', other: 'e-postadresser' })).toBe('e-postadress');
  });

  it('counts the types of a category line in both languages', () => {
    const phone = (i: number) =>
      ratedFinding({
        key: `p${i}`,
        type: 'phone-number',
        category: 'contact',
        severity: 'personal',
        action: 'warn',
      });
    const mail = ratedFinding({
      key: 'm',
      type: 'email-address',
      category: 'contact',
      severity: 'personal',
      action: 'warn',
    });
    const line = compactFindings([phone(1), phone(2), mail]).lines[0];
    if (!line) throw new Error('no line');
    expect(countsText(stringsFor('en'), 'en', line)).toBe('2 phone numbers and 1 email address');
    expect(countsText(stringsFor('sv'), 'sv', line)).toBe('2 telefonnummer och 1 e-postadress');
  });
});

describe('genitive', () => {
  it.each([
    ['sv', 'Vinnter AB', 'Vinnter AB:s'],
    ['sv', 'SVT', 'SVT:s'],
    ['sv', '3M', '3M:s'],
    ['sv', 'Vinnter', 'Vinnters'],
    ['sv', 'Lars', 'Lars'],
    ['en', 'Vinnter AB', 'Vinnter AB’s'],
    ['en', 'Acme Systems', 'Acme Systems’'],
  ] as const)('%s: %s → %s', (language, name, text) => {
    expect(genitive(language, name)).toBe(text);
  });
});
