/**
 * A company's bank details are not personal data: an IBAN or account number given with a company form
 * ("Nordlys Elektronikk AS", "Oy", "GmbH"), an organisation or VAT number, or as a supplier's is the
 * company's. One negative rule shared by the bank recognizers; like every negative rule it counts only
 * within the number's sentence and paragraph (`context.ts`), so a company named in another paragraph does
 * not hide a person's account.
 */
import type { ContextRule } from '../../types';

// prettier-ignore
export const COMPANY_HOLDER_WORDS: readonly string[] = [
  // company forms ("as" and "sa" are left out: they are everyday English and Spanish words)
  'ab', 'asa', 'a/s', 'aps', 'oy', 'oyj', 'ltd', 'limited', 'gmbh', 'inc', 'llc', 'plc', 'b.v.', 'hb', 'kb',
  // organisation and VAT numbers
  'org.nr', 'org.nr.', 'orgnr', 'org nr', 'org. nr', 'organisasjonsnummer', 'organisationsnummer',
  'organisationsnr', 'cvr', 'cvr-nr', 'cvr-nummer', 'y-tunnus', 'vat', 'vat no', 'vat number', 'momsreg*',
  'mva', 'company registration', 'registered in',
  // the company's role
  'leverandør', 'leverandøren', 'leverantör*', 'supplier', 'vendor', 'toimittaja*', 'kreditor', 'creditor',
  'remittance',
];

/** Demotes a bank number about as much as its checksum and keyword raised it. */
export const COMPANY_HOLDER_RULE: ContextRule = {
  words: COMPANY_HOLDER_WORDS,
  amount: -0.6,
  before: 160,
  after: 0,
};
