/**
 * The closed registry of entity types: every `type` a finding can carry, its category, and its name in
 * Swedish and English, in one place. `EntityType` is the union of the keys, and a recognizer's `id` must
 * be one of them, so a new recognizer without a registered type, or a registered type without both
 * names, does not compile. The CLI's JSON, the policy file and the task pane use these ids
 * (docs/cli.md "Vocabulary"): do not rename them.
 */
import type { Category } from './category';

/** What the registry knows about one entity type. */
export interface EntityTypeInfo {
  readonly category: Category;
  /** Singular, lower case unless a proper noun: "personnummer", "IBAN". */
  readonly sv: string;
  readonly en: string;
}

/** Every entity type. Recognizer ids first (in the order of `DEFAULT_RECOGNIZERS`), then recipient checks. */
export type EntityType =
  | 'se-organisationsnummer'
  | 'fi-hetu'
  | 'se-personnummer'
  | 'se-samordningsnummer'
  | 'se-interimsnummer'
  | 'no-fodselsnummer'
  | 'dk-cpr'
  | 'gb-nino'
  | 'us-ssn'
  | 'identity-document'
  | 'health-term'
  | 'icd10-code'
  | 'special-category-term'
  | 'payment-card'
  | 'iban'
  | 'se-bank-account'
  | 'se-bankgiro'
  | 'se-plusgiro'
  | 'no-bank-account'
  | 'dk-bank-account'
  | 'phone-number'
  | 'email-address'
  | 'postal-address'
  | 'ip-address'
  | 'license-plate'
  | 'date-of-birth'
  | 'person-name'
  | 'recipient-lookalike-domain'
  | 'recipient-webmail'
  | 'recipient-new-domain'
  | 'recipient-greeting-mismatch'
  | 'recipient-visible-list';

export const ENTITY_TYPES: { readonly [T in EntityType]: EntityTypeInfo } = {
  'se-organisationsnummer': { category: 'national-id', sv: 'organisationsnummer', en: 'organisation number' },
  'fi-hetu': { category: 'national-id', sv: 'finsk personbeteckning', en: 'Finnish personal identity code' },
  'se-personnummer': { category: 'national-id', sv: 'personnummer', en: 'personnummer' },
  'se-samordningsnummer': { category: 'national-id', sv: 'samordningsnummer', en: 'samordningsnummer' },
  'se-interimsnummer': { category: 'national-id', sv: 'interimsnummer', en: 'interim number' },
  'no-fodselsnummer': {
    category: 'national-id',
    sv: 'norskt fødselsnummer',
    en: 'Norwegian national identity number',
  },
  'dk-cpr': { category: 'national-id', sv: 'danskt CPR-nummer', en: 'Danish CPR number' },
  'gb-nino': {
    category: 'national-id',
    sv: 'brittiskt National Insurance-nummer',
    en: 'UK National Insurance number',
  },
  'us-ssn': {
    category: 'national-id',
    sv: 'amerikanskt socialförsäkringsnummer',
    en: 'US Social Security number',
  },
  'identity-document': {
    category: 'identity-document',
    sv: 'id-handlingsnummer',
    en: 'identity document number',
  },
  'health-term': { category: 'health', sv: 'hälsouppgift', en: 'health information' },
  'icd10-code': { category: 'health', sv: 'diagnoskod', en: 'diagnosis code' },
  'special-category-term': {
    category: 'special-category',
    sv: 'känslig personuppgift',
    en: 'special category data',
  },
  'payment-card': { category: 'financial-card', sv: 'kortnummer', en: 'payment card number' },
  iban: { category: 'financial', sv: 'IBAN', en: 'IBAN' },
  'se-bank-account': { category: 'financial', sv: 'kontonummer', en: 'bank account number' },
  'se-bankgiro': { category: 'financial', sv: 'bankgironummer', en: 'bankgiro number' },
  'se-plusgiro': { category: 'financial', sv: 'plusgironummer', en: 'plusgiro number' },
  'no-bank-account': { category: 'financial', sv: 'norskt kontonummer', en: 'Norwegian bank account number' },
  'dk-bank-account': { category: 'financial', sv: 'danskt kontonummer', en: 'Danish bank account number' },
  'phone-number': { category: 'contact', sv: 'telefonnummer', en: 'phone number' },
  'email-address': { category: 'contact', sv: 'e-postadress', en: 'email address' },
  'postal-address': { category: 'contact', sv: 'postadress', en: 'postal address' },
  'ip-address': { category: 'network', sv: 'IP-adress', en: 'IP address' },
  'license-plate': { category: 'vehicle', sv: 'registreringsnummer', en: 'registration number' },
  'date-of-birth': { category: 'date-of-birth', sv: 'födelsedatum', en: 'date of birth' },
  'person-name': { category: 'name', sv: 'namn', en: 'name' },
  'recipient-lookalike-domain': {
    category: 'recipient',
    sv: 'förväxlingsbar domän',
    en: 'lookalike domain',
  },
  'recipient-webmail': { category: 'recipient', sv: 'privat webbmejl', en: 'private webmail' },
  'recipient-new-domain': { category: 'recipient', sv: 'ny mottagardomän', en: 'new recipient domain' },
  'recipient-greeting-mismatch': {
    category: 'recipient',
    sv: 'hälsning till någon annan',
    en: 'greeting to someone else',
  },
  'recipient-visible-list': {
    category: 'recipient',
    sv: 'synlig mottagarlista',
    en: 'visible recipient list',
  },
};

/** True when `id` is a registered entity type (for ids read from a policy file or JSON). */
export function isEntityType(id: string): id is EntityType {
  return Object.prototype.hasOwnProperty.call(ENTITY_TYPES, id);
}

/** The name of `type` in `language`. */
export function entityName(type: EntityType, language: 'sv' | 'en'): string {
  return ENTITY_TYPES[type][language];
}
