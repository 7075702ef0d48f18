/**
 * Every case of `seeds/tricky_cases.json` through the default registry: the personal-data findings must
 * be exactly the expected ones (none for the identity-number, health and organisation cases, whose
 * numbers must not be mistaken for phones, cards or accounts).
 *
 * Deliberate deviation: "Server 192.0.2.15 och 2001:db8::1" expects two IP addresses in the seed; Mail
 * Guard reports an IP address only when it is linked to a person (docs/detection.md), and a server's
 * address is not. The same addresses next to a user are reported (last test).
 */
import { DEFAULT_RECOGNIZERS } from '../../../../src/core/detection';
import { personalDataRecognizers } from '../../../../src/core/detection/recognizers/personal';
import { libphonenumberPhones } from '../../../../src/core/detection/recognizers/personal/libphonenumber-phones';
import { scan, sharedData, type TrickyCase } from './helpers';

const PERSONAL_DATA_RECOGNIZERS = personalDataRecognizers(libphonenumberPhones);

const OWN_TYPES = PERSONAL_DATA_RECOGNIZERS.map((r) => r.id);

/** Expected personal-data findings by the start of the case text; unlisted cases expect none. */
const EXPECTED: { readonly [prefix: string]: readonly string[] } = {
  'Ring 0701740607': ['phone-number:0701740607'],
  'IBAN SE45 5000 0000 0583 9825 7466': ['iban:SE45 5000 0000 0583 9825 7466'],
  'NO93 8601': ['iban:NO93 8601 1117 947', 'iban:DK50 0040 0440 1162 43', 'iban:FI21 1234 5600 0007 85'],
  'Kort 4111 1111 1111 1111 exp': ['payment-card:4111 1111 1111 1111'],
  'Bilen ABC 123': ['license-plate:ABC 123', 'license-plate:ABD 12E'],
};

function expectedFor(text: string): readonly string[] {
  for (const prefix of Object.keys(EXPECTED)) if (text.startsWith(prefix)) return EXPECTED[prefix] ?? [];
  return [];
}

const { cases } = sharedData<{ cases: TrickyCase[] }>('seeds/tricky_cases.json');

describe('tricky cases (seeds/tricky_cases.json)', () => {
  it('has the cases this table was written for', () => {
    for (const prefix of Object.keys(EXPECTED))
      expect(cases.some((c) => c.text.startsWith(prefix))).toBe(true);
  });

  it.each(cases.map((c) => [c.text, c.expect] as const))('%s  (seed: %s)', (text) => {
    const own = scan(text, DEFAULT_RECOGNIZERS)
      .filter((f) => OWN_TYPES.indexOf(f.type) >= 0)
      .map((f) => `${f.type}:${f.value}`);
    expect(own).toEqual(expectedFor(text));
  });

  it('reports the documentation-range addresses of the server case once a person is named', () => {
    const text = 'Användaren anna loggade in från 192.0.2.15 och 2001:db8::1';
    expect(
      scan(text, DEFAULT_RECOGNIZERS)
        .filter((f) => f.type === 'ip-address')
        .map((f) => f.value),
    ).toEqual(['192.0.2.15', '2001:db8::1']);
  });

  it('suppresses bankgiro numbers for every recognizer, not only its own', () => {
    const text = 'Bankgiro 505-0109 och 5555-5551';
    expect(scan(text, DEFAULT_RECOGNIZERS)).toEqual([]);
  });
});
