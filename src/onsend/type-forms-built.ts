/**
 * Stands in for `type-forms.ts` in onsend.js: the forms it returns, worked out by that module when the bundle
 * is built (scripts/alert-type-forms.cjs) and written in as `ALERT_TYPE_FORMS`, so the bundle carries nine
 * types' names instead of the whole registry's.
 */
import type { LabelLanguage } from '../addin/entity-labels';
import type { TypeForms } from './type-forms';

declare const ALERT_TYPE_FORMS: { readonly [L in LabelLanguage]: TypeForms };

export function typeForms(language: LabelLanguage): TypeForms {
  return ALERT_TYPE_FORMS[language];
}
