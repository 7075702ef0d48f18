/**
 * The entity types the Smart Alert names by their own name, with their singular and plural in Swedish and
 * English from the registry (src/addin/entity-labels.ts). onsend.js carries only the result: this module is
 * run when the bundle is built (scripts/alert-type-forms.cjs) and `type-forms-built.ts` stands in for it, so
 * the registry's other names stay out of the 100 KB budget (docs/adr/0053-word-lists-in-the-bundle.md).
 */
import { entityForms, type LabelLanguage } from '../addin/entity-labels';
import type { EntityType } from '../core/detection/entity-types';

/** `[one, many]` per named type. */
export type TypeForms = { readonly [type: string]: readonly [one: string, many: string] };

/**
 * Types a reader knows by their own name (identity numbers of a country, addresses, phone numbers); the rest
 * read better, and shorter, as their category ("health information", "bank account numbers").
 */
const NAMED_BY_TYPE: readonly EntityType[] = [
  'se-personnummer',
  'se-samordningsnummer',
  'no-fodselsnummer',
  'dk-cpr',
  'fi-hetu',
  'gb-nino',
  'us-ssn',
  'email-address',
  'phone-number',
];

/** A loop, not `Object.fromEntries`: the classic Outlook on-send runtime has no ES2019. */
export function typeForms(language: LabelLanguage): TypeForms {
  const forms: { [type: string]: readonly [string, string] } = {};
  for (const type of NAMED_BY_TYPE) forms[type] = entityForms(type, language);
  return forms;
}
