/**
 * What the task pane and the Smart Alert call an entity type, in Swedish and English, read from the closed
 * registry (src/core/detection/entity-types.ts): the registry's name is the singular, the plural follows the
 * language's rule, and only forms the rule gets wrong are written out here. Adding a type to the registry
 * names it everywhere; nothing else has to change.
 */
import { ENTITY_TYPES, isEntityType, type EntityType } from '../core/detection/entity-types';

export type LabelLanguage = 'sv' | 'en';

/**
 * Compile-time check: every registered type has Swedish and English text. A type added to `EntityType`
 * without both names, or a name removed, fails to compile here as well as in the registry.
 */
const SINGULAR: { readonly [T in EntityType]: { readonly [L in LabelLanguage]: string } } = ENTITY_TYPES;

/** Plurals the language's rule would get wrong (see {@link regularPlural}); keys must be registered types. */
const IRREGULAR_PLURAL: { readonly [T in EntityType]?: { readonly [L in LabelLanguage]?: string } } = {
  'se-personnummer': { en: 'personnummer' },
  'se-samordningsnummer': { en: 'samordningsnummer' },
  'no-fodselsnummer': { sv: 'norska fødselsnummer' },
  'dk-cpr': { sv: 'danska CPR-nummer' },
  'gb-nino': { sv: 'brittiska National Insurance-nummer' },
  'us-ssn': { sv: 'amerikanska socialförsäkringsnummer' },
  'fi-hetu': { sv: 'finska personbeteckningar' },
  'no-bank-account': { sv: 'norska kontonummer' },
  'dk-bank-account': { sv: 'danska kontonummer' },
  'health-term': { sv: 'hälsouppgifter', en: 'health details' },
  'icd10-code': { sv: 'diagnoskoder' },
  'special-category-term': { sv: 'känsliga personuppgifter', en: 'sensitive details' },
  'email-address': { sv: 'e-postadresser' },
  'postal-address': { sv: 'postadresser' },
  'ip-address': { sv: 'IP-adresser' },
  'date-of-birth': { en: 'dates of birth' },
  'recipient-lookalike-domain': { sv: 'förväxlingsbara domäner' },
  'recipient-webmail': { sv: 'privata webbmejl', en: 'private webmail' },
  'recipient-new-domain': { sv: 'nya mottagardomäner' },
  'recipient-greeting-mismatch': { sv: 'hälsningar till någon annan', en: 'greetings to someone else' },
  'recipient-visible-list': { sv: 'synliga mottagarlistor' },
};

/**
 * The regular plural: in Swedish the registry's names are mostly neuter "-nummer" words and "namn", the
 * same in the plural; in English an -s, or -es after a sibilant.
 */
function regularPlural(singular: string, language: LabelLanguage): string {
  if (language === 'sv') return singular;
  return /(s|x|z|ch|sh)$/.test(singular) ? `${singular}es` : `${singular}s`;
}

/** The name of a registered type in `language`: singular, or plural when `count` is not one. */
export function entityLabel(type: EntityType, language: LabelLanguage, count = 1): string {
  const singular = SINGULAR[type][language];
  if (count === 1) return singular;
  return IRREGULAR_PLURAL[type]?.[language] ?? regularPlural(singular, language);
}

/** Singular and plural of a registered type, as the Smart Alert's `[one, many]` pairs. */
export function entityForms(type: EntityType, language: LabelLanguage): readonly [string, string] {
  return [entityLabel(type, language), entityLabel(type, language, 2)];
}

/**
 * The name of a type id read from a finding or a file: the registry's when registered, else the id made
 * readable (`xx-some-type` → `some type`) so an unknown id is still shown as words.
 */
export function entityLabelOf(type: string, language: LabelLanguage, count = 1): string {
  if (isEntityType(type)) return entityLabel(type, language, count);
  return type.replace(/^[a-z]{2}-/, '').replace(/-/g, ' ');
}
