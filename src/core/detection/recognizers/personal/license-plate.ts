/**
 * Vehicle registration numbers. Swedish `ABC 123` and, since 2019, `ABC 12D` (Transportstyrelsen: the
 * letters I, Q, V, Å, Ä, Ö are not used; O is not used as the last character); Norwegian `AB 12345`;
 * Danish `AB 12 345`; Finnish `ABC-123`. Such shapes are everywhere (model names, SKUs, currency +
 * amount), so a vehicle word, or a person named on the plate's line, is REQUIRED.
 */
import type { PatternTrigger, Recognizer, Validation } from '../../types';

/**
 * Where a plate can start: every plate holds a run of digits after at most three letters and a space or
 * dash, so each pattern is tried only at the few positions before a digit run (`digit-runs.ts`), never over
 * the whole text. `lead` counts the boundary character before the letters.
 */
const digitsAfterLetters = (length: number, lead: number): PatternTrigger => ({
  kind: 'digit-run',
  length,
  reach: 12,
  lead,
});

/** Shape (0.1) + format check (0.35) stays under 0.5: the keyword (+0.4) is required. */
const SHAPE_SCORE = 0.1;

const SE_LETTER = '[A-HJ-PR-UW-Z]';
const SE_LAST = '[0-9A-HJ-NPR-UW-Z]';
const LEFT = '(?:^|[^A-Za-z0-9ÅÄÖåäö\\-])';
const RIGHT = '(?![A-Za-z0-9ÅÄÖåäö]|-\\d)';

/** Three-letter words and codes that are not plates: currencies, units, common acronyms. */
const NOT_PLATES: readonly string[] = [
  'SEK',
  'EUR',
  'USD',
  'NOK',
  'DKK',
  'GBP',
  'CHF',
  'PLN',
  'ISK',
  'JPY',
  'CNY',
  'MOMS',
  'VAT',
  'RAM',
  'ROM',
  'USB',
  'GHZ',
  'MHZ',
  'KWH',
  'MWH',
  'CPU',
  'GPU',
  'API',
  'SDK',
  'LTE',
  'BLE',
  'GPS',
  'NFC',
  'RFC',
  'ISO',
  'IEC',
  'SLA',
  'KPI',
  'ABB',
  'TCP',
  'UDP',
  'DNS',
  'SMS',
  'MMS',
  'PDF',
  'FAQ',
  'CEO',
  'CTO',
  'CFO',
  'REV',
  'VER',
  'NR',
  'NO',
  'ST',
];

function validatePlate(value: string): Validation {
  const letters = value.replace(/[^A-ZÅÄÖ]/g, '').slice(0, 3);
  const prefix = /^[A-ZÅÄÖ]+/.exec(value)?.[0] ?? '';
  if (NOT_PLATES.indexOf(prefix) >= 0 || NOT_PLATES.indexOf(letters) >= 0)
    return { kind: 'invalid', reason: 'component' };
  return { kind: 'valid', check: 'format' };
}

/**
 * A fleet's cars, not a person's: pool and leased cars, a register with chassis numbers and mileage
 * ("KLT-482 Volvo XC40" under "yhteiskäyttöautoillemme"). A plate is personal data through its driver; these
 * name the company's car. Read in the sentence, the list's lead-in, the title and the row's headers. Not a
 * service or a workshop: "Tjänstebilen som Mikael kör har regnr ABC 123 och ska på service" is Mikael's.
 */
// prettier-ignore
const FLEET_WORDS: readonly string[] = [
  'poolbil*', 'pool car*', 'pool vehicle*', 'yhteiskäyttö*', 'poolauto*', 'fleet', 'bilpark*', 'vagnpark*',
  'bilflåte*', 'bilflåde*', 'leasing*', 'leasad*', 'leased', 'chassinummer', 'chassisnummer', 'chassis',
  'vin', 'valmistenumero', 'mätarställning', 'mileage', 'odometer', 'kilometerstand',
];

/** Car registration numbers near a vehicle word or a person (`vehicle`, personal). */
export const licensePlate: Recognizer = {
  id: 'license-plate',
  category: 'vehicle',
  patterns: [
    {
      name: 'se',
      regex: new RegExp(`${LEFT}(${SE_LETTER}{3} ?\\d{2}${SE_LAST})${RIGHT}`, 'g'),
      score: SHAPE_SCORE,
      group: 1,
      trigger: digitsAfterLetters(2, 5),
    },
    {
      name: 'no',
      regex: new RegExp(`${LEFT}([A-Z]{2} ?[1-9]\\d{4})${RIGHT}`, 'g'),
      score: SHAPE_SCORE,
      group: 1,
      trigger: digitsAfterLetters(5, 4),
    },
    {
      name: 'dk',
      regex: new RegExp(`${LEFT}([A-Z]{2} \\d{2} \\d{3})${RIGHT}`, 'g'),
      score: SHAPE_SCORE,
      group: 1,
      trigger: digitsAfterLetters(2, 4),
    },
    {
      name: 'fi',
      regex: new RegExp(`${LEFT}([A-ZÅÄÖ]{2,3}-[1-9]\\d{0,2})${RIGHT}`, 'g'),
      score: SHAPE_SCORE,
      group: 1,
      trigger: digitsAfterLetters(1, 5),
    },
  ],
  validate: validatePlate,
  // A list of people with their plates ("Sara Nilsson      BRD 305" under a parking permit request): the
  // person's line says what the vehicle word would. Not in a subject, where such shapes are product codes.
  namedContext: { amount: 0.4, heading: false, rows: true },
  negativeContext: [{ words: FLEET_WORDS, amount: -0.6, before: 40, after: 60, title: true, row: true }],
  context: [
    {
      words: [
        'regnr',
        'reg.nr',
        'reg nr',
        'reg.nr.',
        'registreringsnummer',
        'registreringsnumret',
        'registreringsskylt',
        'bil',
        'bilen',
        'bilens',
        'tjänstebil*',
        'firmabil*',
        'tjenestebil*',
        'kjøretøy*',
        'køretøj*',
        'ajoneuvo*',
        'fordon',
        'fordonet',
        'lastbil',
        'skåpbil',
        'plate',
        'license plate',
        'licence plate',
        'number plate',
        'registration',
        'car',
        'vehicle',
        'kjennemerke',
        'nummerplade*',
        'nummerskilt*',
        'skiltet',
        'rekisterinumero',
        'rekisteritunnus',
        'auto',
        'parkering',
        'parkerad',
        'parking',
        'p-tillstånd',
        // a car by its make: "Jonas kör en grå Volvo, ABC 123"
        'volvo',
        'tesla',
        'toyota',
        'volkswagen',
        'audi',
        'skoda',
        'ford',
        'kia',
        'polestar',
        'mercedes',
        'renault',
        'peugeot',
        'nissan',
        'hyundai',
        'saab',
      ],
      amount: 0.4,
      before: 50,
      after: 20,
    },
  ],
};
