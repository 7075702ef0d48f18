/**
 * Entity-type labels come from the registry: every registered type is named in both languages, plurals follow
 * the language's rule or the written-out exception, and an unknown id is still shown as words.
 */
import { entityForms, entityLabel, entityLabelOf } from '../../src/addin/entity-labels';
import { ENTITY_TYPES, type EntityType } from '../../src/core/detection/entity-types';
import { stringsFor } from '../../src/taskpane/strings';
import { ALERT_STRINGS } from '../../src/onsend/strings';

const TYPES = Object.keys(ENTITY_TYPES) as EntityType[];

describe('entity labels', () => {
  it('name every registered type in sv and en, the singular being the registry’s', () => {
    for (const type of TYPES)
      for (const language of ['sv', 'en'] as const) {
        expect(entityLabel(type, language)).toBe(ENTITY_TYPES[type][language]);
        expect(entityLabel(type, language, 2).length).toBeGreaterThan(0);
      }
  });

  it.each([
    ['phone-number', 'en', 'phone numbers'],
    ['email-address', 'en', 'email addresses'],
    ['ip-address', 'en', 'IP addresses'],
    ['se-personnummer', 'en', 'personnummer'],
    ['date-of-birth', 'en', 'dates of birth'],
    ['health-term', 'en', 'health details'],
    ['iban', 'en', 'IBANs'],
    ['se-organisationsnummer', 'en', 'organisation numbers'],
    ['phone-number', 'sv', 'telefonnummer'],
    ['email-address', 'sv', 'e-postadresser'],
    ['dk-cpr', 'sv', 'danska CPR-nummer'],
    ['fi-hetu', 'sv', 'finska personbeteckningar'],
    ['gb-nino', 'sv', 'brittiska National Insurance-nummer'],
    ['gb-nino', 'en', 'UK National Insurance numbers'],
    ['us-ssn', 'sv', 'amerikanska socialförsäkringsnummer'],
    ['us-ssn', 'en', 'US Social Security numbers'],
    ['person-name', 'sv', 'namn'],
    ['recipient-new-domain', 'sv', 'nya mottagardomäner'],
  ] as const)('plural of %s in %s is “%s”', (type, language, plural) => {
    expect(entityLabel(type, language, 3)).toBe(plural);
    expect(entityLabel(type, language, 0)).toBe(plural);
    expect(entityForms(type, language)).toEqual([ENTITY_TYPES[type][language], plural]);
  });

  it('shows an unregistered id as words, and a registered one by its name', () => {
    expect(entityLabelOf('xx-frequent-flyer-number', 'en')).toBe('frequent flyer number');
    expect(entityLabelOf('no-bank-account', 'en')).toBe('Norwegian bank account number');
    expect(entityLabelOf('no-bank-account', 'sv', 2)).toBe('norska kontonummer');
  });

  it('are what the task pane and the Smart Alert say', () => {
    expect(stringsFor('sv').entityType('se-bankgiro')).toBe('bankgironummer');
    expect(stringsFor('en').entityType('license-plate', 4)).toBe('registration numbers');
    expect(ALERT_STRINGS.en.types['no-fodselsnummer']).toEqual([
      'Norwegian national identity number',
      'Norwegian national identity numbers',
    ]);
    expect(ALERT_STRINGS.sv.types['fi-hetu']).toEqual([
      'finsk personbeteckning',
      'finska personbeteckningar',
    ]);
    expect(ALERT_STRINGS.en.types['us-ssn']).toEqual([
      'US Social Security number',
      'US Social Security numbers',
    ]);
    // Types not named as themselves fall back to their category in the alert, as before.
    expect(ALERT_STRINGS.en.types['health-term']).toBeUndefined();
  });
});
