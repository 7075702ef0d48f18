/**
 * Words that say a phone-shaped number is not a person's phone: business references and accounts before
 * it, and a company's shared lines (switchboard, service desk, on-call) before or after it.
 */
import { BUSINESS_NUMBER_WORDS } from './context-words';

/** A company's shared lines: switchboard, reception, on-call and operations centres. */
// prettier-ignore
export const SHARED_LINE_WORDS: readonly string[] = [
  'växel', 'växeln', 'vxl', 'switchboard', 'sentralbord', 'sentralbordet', 'omstilling', 'omstillingen',
  'vaihde', 'vaihtee*', 'reception', 'receptionen', 'resepsjon', 'resepsjonen', 'noc', 'soc', 'driftsentral*',
  'driftcentral*', 'vakttelefon*', 'jourtelefon*', 'päivystys*', 'on-call', 'hotline', 'helpdesk',
  'servicedesk', 'service desk', 'kundtjänst', 'kundeservice', 'asiakaspalvelu', 'asiakastuki', 'kundesupport',
  'kundsupport', 'customer support', 'support line', 'general line', 'main line', 'tukipuhelin',
  // an employee's work line, as the company gives it: "Arbejdsmobil: +46 73 …"
  'arbejdsmobil', 'arbeidsmobil', 'jobbmobil', 'tjänstemobil', 'arbetsmobil', 'work mobile', 'työpuhelin',
];

/**
 * Further before the number than a label (a sentence or a table row away): an organisation's own line
 * ("ring til vores support på", "call the IT number"), a shared phone
 * ("Vakttelefonen er den samme som før:", "The on-call phone is the shared one (0161 …)") or a contact for a
 * business errand ("Our on-site contact is me", "Kontakt ved levering: Peter Winther"). Not "på plats" or "på
 * stedet" alone: "Anna är på plats i morgon, hennes mobil …" is still Anna's.
 */
// prettier-ignore
export const BUSINESS_LINE_WORDS: readonly string[] = [
  'vores support', 'vår support', 'our support', 'phone support', 'telefonsupport*', 'it-support', 'it number',
  'office number', 'main number', 'kontorets nummer', 'vakttelefon*', 'on-call phone',
  'site contact', 'kontakt ved levering',
  'kontakt vid leverans', 'delivery contact', 'our depot', 'our office', 'our reception', 'our service desk',
  'our helpline', 'helpline', 'customer service', 'kundservice', 'asiakaspalvelu*',
  'vårt kontor', 'vores kontor',
];

/**
 * A label that offers a number to anyone with a question ("Spørgsmål: Søren Bjerre, teamleder, +46 31 …"
 * in a job ad, "Questions: …" under a notice): a published business contact, not a person's number passed
 * on.
 */
// prettier-ignore
export const QUESTIONS_LABELS: readonly string[] = [
  'spørgsmål:', 'spørsmål:', 'frågor:', 'questions:', 'kysymykset:', 'kysymyksiin vastaa', 'frågor om tjänsten',
  'spørsmål om stillingen', 'spørgsmål til stillingen', 'questions about the role',
];

/**
 * Business references and account numbers, and the shared lines above: a phone-shaped value after these is
 * not a person's phone.
 */
export const NOT_PHONE_WORDS: readonly string[] = BUSINESS_NUMBER_WORDS.concat(SHARED_LINE_WORDS, [
  'konto',
  'kontonummer',
  'kontonr',
  'bankkonto',
  'clearing',
  'clearingnummer',
  'account',
  'bankgiro',
  'plusgiro',
  'iban',
  'pnr',
  'personnummer',
  'orgnr',
  // Radio and conference identifiers that follow a phone-ish word: "cell id 21504123", "conference id".
  'cell id',
  'cell-id',
  'cellid',
  'ecgi',
  'conference id',
  'konferens-id',
  'mötes-id',
  'meeting id',
  // A company's shared numbers are not a person's: switchboard, reception, customer service.
  'huvudnummer',
  'kundservice',
  'customer service',
  'supporten',
  'kundesenter',
  'kundecenter',
  'hovednummer',
  'vaihteen',
  'palvelunumero',
  'helpline',
  // a booking line (a clinic's, a workshop's): "Ajanvaraus työterveyteen: 030 …", "tidsbokning 0771-…"
  'tidsbokning',
  'tidsbestilling',
  'timebestilling',
  'ajanvaraus',
  'booking line',
  'appointments line',
  // a department's line, called by its name: "call our accounting department on +49 711 908 44 0" (not
  // "Anna from the finance department, mobile …")
  'department on',
  'department at',
  'avdelningen på',
  'avdelingen på',
  'afdelingen på',
]);
