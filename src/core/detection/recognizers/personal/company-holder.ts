/**
 * A company's bank details are not personal data: an IBAN or account number given with a company form
 * ("Nordlys Elektronikk AS", "Oy", "GmbH"), an organisation or VAT number, or as a supplier's is the
 * company's. One negative rule shared by the bank recognizers; like every negative rule it counts only
 * within the number's sentence and paragraph (`context.ts`), so a company named in another paragraph does
 * not hide a person's account.
 */
import type { ContextRule } from '../../types';

/** Company forms ("as" and "sa" are left out: they are everyday English and Spanish words). */
// prettier-ignore
export const COMPANY_FORMS: readonly string[] = [
  'ab', 'asa', 'a/s', 'aps', 'oy', 'oyj', 'ltd', 'limited', 'gmbh', 'inc', 'llc', 'plc', 'b.v.', 'hb', 'kb',
];

// prettier-ignore
/** A company's registration number named: organisation, CVR and business-ID numbers. */
// prettier-ignore
export const REGISTRATION_WORDS: readonly string[] = [
  'org.nr', 'org.nr.', 'orgnr', 'org nr', 'org. nr', 'org.no', 'organisasjonsnummer', 'organisationsnummer',
  'organisationsnr', 'cvr', 'cvr-nr', 'cvr.nr', 'cvr-nummer', 'y-tunnus', 'business id', 'company number',
  'company no', 'company registration', 'reg. no', 'reg.no', 'reg no', 'registration no', 'registered number',
  'org. no', 'org no',
];

/** A supplier, the company's role a supplier's record names. */
// prettier-ignore
const SUPPLIER_WORDS: readonly string[] = [
  'leverandør', 'leverandøren', 'leverantör*', 'supplier', 'vendor', 'toimittaja*',
];

// prettier-ignore
export const COMPANY_HOLDER_WORDS: readonly string[] = COMPANY_FORMS.concat(REGISTRATION_WORDS, SUPPLIER_WORDS, [
  // VAT numbers
  'vat', 'momsreg*', 'momsnummer', 'mva', 'mva-nummer', 'alv-numero', 'registered in',
  // the company's role, beside a supplier
  'kreditor', 'creditor', 'remittance', 'venue',
  // a bankgiro or plusgiro number is a business's, and so is the account given beside it
  'bankgiro', 'bankgironummer', 'plusgiro', 'plusgironummer',
  // the writer's company's own account: "Ersättning önskas till vårt konto i SEB"
  'vårt konto', 'vår konto', 'vores konto', 'our account', 'our bank account', 'tilillemme', 'company account',
  'företagskonto*', 'yritystili*', 'driftskonto*', 'bolagets konto', 'företagets konto', 'selskapets konto',
  'selskabets konto', 'yhtiön tili*', "the company's account",
  // an institution named before it: "University of Leeds (PIC 999975620)", "Fraunhofer-Gesellschaft"
  'university', 'universitet', 'yliopisto', 'gesellschaft', 'pic',
]);

/**
 * A supplier's record named in the list's lead-in or the mail's subject ("We have updated your supplier
 * record (supplier no. 20418):" over "New account: DE65 …"). Company forms are left out here: a subject
 * names companies as often as not ("Utlägg – konsult från Acme AB").
 */
export const SUPPLIER_RECORD_RULE: ContextRule = {
  words: REGISTRATION_WORDS.concat(SUPPLIER_WORDS),
  amount: -0.6,
  before: 0,
  after: 0,
  title: true,
};

/** Demotes a bank number about as much as its checksum and keyword raised it. */
export const COMPANY_HOLDER_RULE: ContextRule = {
  words: COMPANY_HOLDER_WORDS,
  amount: -0.6,
  before: 160,
  // Not after: a bank's own name follows a person's account as often as not ("… hos Danske Bank A/S").
  after: 0,
  // A table with a supplier or organisation-number column: "Leverandør | Org.nr | … | Konto".
  row: true,
};

/**
 * The holder named in brackets right after the number: "IBAN DK50 0040 0440 1162 43 (Vinnter ApS)". Only a
 * company form that closes the bracket counts (there "AS" is the Norwegian form, not a word); a bank named
 * after a person's account ("… hos Danske Bank A/S") stands in running text.
 */
const HOLDER_IN_BRACKETS: readonly string[] = COMPANY_FORMS.concat(['as'])
  .map((form) => `${form})`)
  // Or the holder's VAT or registration number ("IBAN SE45 …, VAT no. SE5591…"): only a business has one.
  .concat(REGISTRATION_WORDS, ['vat', 'momsreg*']);

/** Demotes a bank number whose holder named after it is a company. */
export const HOLDER_IN_BRACKETS_RULE: ContextRule = {
  words: HOLDER_IN_BRACKETS,
  amount: -0.6,
  before: 0,
  after: 40,
};

/**
 * Paying or querying an invoice: the account it is paid to is the issuer's, a business ("Faktura 2026-4418
 * er betalt … til deres konto", "Jeres nye IBAN … ifølge fakturaen", "laskunne … maksettiin tilillenne").
 * A person's account comes with a refund, an expense or a salary instead, and a freelancer's own invoicing
 * ("laskutan") with her own account: Finnish forms are listed one by one, not as a stem. Also read in a
 * document's title ("FAKTURA 88123045").
 */
// prettier-ignore
export const INVOICE_PAYMENT_WORDS: readonly string[] = [
  'faktura', 'fakturan', 'fakturaen', 'fakturor', 'fakturorna', 'fakturaer', 'fakturaene', 'fakturaerne',
  'fakturanummer', 'fakturanr', 'fakturabelopp', 'fakturabeløp',
  'fakturabeløb', 'invoice', 'invoices', 'kreditnota', 'kreditnotaen', 'credit note',
  'rykker', 'rykkeren', 'purring', 'purringen', 'betalningspåminnelse', 'kid', 'kid-nummer', 'ocr',
  'ocr-nummer', 'fi-kort', 'lasku', 'laskun', 'laskut', 'laskuja', 'laskulla', 'laskunumero', 'laskunne', 'viitenumero', 'viitteellä',
  'inbetalningskort', 'betalingsreference', 'proforma', 'payment advice', 'betalningsavi*', 'betalingsavis*',
  'maksuilmoitus',
  // the payment slip's other lines: due date, payment line, terms
  'förfallodag', 'förfallodatum', 'forfall', 'forfallsdato', 'forfald', 'forfaldsdato', 'due date', 'eräpäivä',
  'betalingslinje', 'betalingslinjen', 'betalningsvillkor', 'betalingsbetingelser', 'payment terms',
  'maksuehdot',
];

/** Demotes a bank number given for an invoice's payment, as much as a company holder does. */
export const INVOICE_PAYMENT_RULE: ContextRule = {
  words: INVOICE_PAYMENT_WORDS,
  amount: -0.6,
  before: 160,
  after: 60,
  title: true,
};
