/**
 * The context of a postal address: the words that make it someone's home ("hemadress", "bor på", a sole
 * trader) and the ones that make it a company's, an office's or a venue's (an office word right before it,
 * a registration number, a legal form, "LOCATION:").
 */
import type { ContextRule } from '../../types';
import { SOLE_TRADER_WORDS } from './context-words';
import { COMPANY_FORMS, REGISTRATION_WORDS } from './company-holder';

/** Where a company works: an address given for one of these is the company's. */
const OFFICE_WORDS: readonly string[] = [
  'besöksadress',
  'kontor',
  'kontoret',
  'huvudkontor',
  'office',
  'headquarters',
  'hq',
  'lager',
  'lagret',
  'warehouse',
  'depå',
  'depån',
  'depot',
  'depotet',
  'varikko',
  'fabrik',
  'showroom',
  'butik',
  'store',
  'toimisto*',
  'pääkonttori*',
  'varasto*',
  'tehdas',
  'tehtaan',
  'varemodtagelse*',
  'varemottak*',
  'godsmottagning*',
  'goods reception',
  'goods-in',
  'tavaranvastaanotto*',
  'myymälä*',
  // a company's premises: "i lokalene våre i Dronning Eufemias gate 16"
  'lokaler',
  'lokalene',
  'lokalerne',
  'lokalerna',
  'premises',
  'toimitila*',
];

/** Where a meeting is held: an address given as the venue of an invitation ("LOCATION:", "Plats:"). */
// prettier-ignore
const VENUE_WORDS: readonly string[] = [
  'location', 'plats', 'sted', 'paikka', 'venue', 'var', 'where', 'hvor', 'missä', 'mötesplats',
  'mødested', 'møtested', 'lokal', 'lokale',
];

/** An organisation's departments ("driftsafdelingen", "ekonomiavdelningen", "Accounts Payable department"). */
// prettier-ignore
const DEPARTMENT_WORDS: readonly string[] = [
  'avdelning', 'avdelningen', 'avdeling', 'avdelingen', 'afdeling', 'afdelingen', 'department', 'dept',
  'osasto', 'osastolle', 'osaston',
];

/** Words that raise an address: a home, a move, a sole trader. */
export const ADDRESS_CONTEXT: readonly ContextRule[] = [
  {
    words: [
      'adress',
      'adressen',
      'hemadress',
      'bostadsadress',
      'folkbokförd',
      'folkbokföringsadress',
      'bor på',
      'bor i',
      'c/o',
      'address',
      'lives at',
      'lives on',
      'postadress',
      'leveransadress',
      'osoite',
      'flyttat till',
      'moved to',
    ],
    amount: 0.2,
    before: 60,
    after: 0,
  },
  // A sole trader is a person: their business address is their own, registration number or not.
  { words: SOLE_TRADER_WORDS, amount: 0.6, before: 120, after: 60 },
];

/** Words that lower it. Office words also count after the address: "Lindholmspiren 7 (besöksadress)". */
export const ADDRESS_NEGATIVE_CONTEXT: readonly ContextRule[] = [
  {
    words: OFFICE_WORDS,
    amount: -0.2,
    before: 60,
    after: 30,
    // "till Stockholmskontoret, Kungsgatan 37": the office as a compound's head
    compounds: true,
  },
  // The office named right before the address is whose it is, an apposition: "till Stockholmskontoret,
  // Kungsgatan 37", "Office: Lindholmspiren 7". Further away an office word may be in a sentence that
  // also gives someone's home address, so it only lowers the score (above).
  {
    words: OFFICE_WORDS,
    amount: -0.4,
    before: 40,
    after: 0,
    compounds: true,
    adjacent: true,
  },
  // An invitation's venue: "LOCATION:Kungsgatan 37, Göteborg", "Plats: Storgatan 5".
  { words: VENUE_WORDS, amount: -0.6, before: 40, after: 0, adjacent: true },
  // The same label with the place named first: "Paikka: SPR:n koulutustila, Hämeenpuisto 31".
  { words: VENUE_WORDS.map((word) => `${word}:`), amount: -0.6, before: 40, after: 0 },
  // Mail for the attention of someone goes to their workplace: "Att: Per Åström" over "Industrigatan 14, 504
  // 62 Borås" on a quote or a delivery note. A home address needs no "att".
  { words: ['att:', 'att.', 'attn', 'attn:'], amount: -0.6, before: 40, after: 0 },
  // A company's registration number in the same sentence: the line is the company's ("Vinnter AB, org.nr
  // 556677-8899, Lindholmspiren 7, 417 56 Göteborg"), the address with it.
  { words: REGISTRATION_WORDS, amount: -0.6, before: 80, after: 40 },
  // A company's name with its legal form right before the street is a business address: personal data
  // is about natural persons ("Kylteknik AB, Industrivägen 4, 433 30 Partille").
  { words: COMPANY_FORMS.concat(['aktiebolag', 'handelsbolag']), amount: -0.6, before: 25, after: 0 },
  // "AS" is left out of the company forms (an English word), but a name ending in it right before the street
  // is a Norwegian company: "to Fjordnet AS, Kanalveien 52, 5068 Bergen".
  { words: ['as,', 'asa,'], amount: -0.6, before: 6, after: 0 },
  // For the attention of a department after it: "Vandværksvej 2, 4100 Ringsted, att. driftsafdelingen" is
  // where an organisation takes deliveries. Only after: "from the finance department" before an address
  // may still say who lives there.
  { words: DEPARTMENT_WORDS, amount: -0.6, before: 0, after: 40, compounds: true },
];
