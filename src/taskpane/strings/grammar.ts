/**
 * Grammar the pane's text needs in both languages: plural forms chosen by `Intl.PluralRules`, and the
 * genitive of a company name ("Vinnter AB:s" in Swedish, "Vinnter AB's" in English).
 */
import type { Language } from '../../core/policy/types';

/** A word's forms by plural category; `other` covers everything the language does not single out. */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
}

const rules: { [L in Language]?: Intl.PluralRules } = {};

/** The form of `forms` for `count` in `language`. */
export function pluralForm(language: Language, count: number, forms: PluralForms): string {
  const select = (rules[language] ??= new Intl.PluralRules(language));
  return select.select(count) === 'one' ? forms.one : forms.other;
}

/** "3 telefonnummer", "1 phone number", "20 phone numbers". */
export function countOf(language: Language, count: number, forms: PluralForms): string {
  return `${count.toLocaleString(language)} ${pluralForm(language, count, forms)}`;
}

/**
 * The genitive of a name. Swedish adds a colon before the s after an abbreviation or a digit ("AB:s",
 * "SVT:s", "3M:s"), nothing after s, x or z ("Lars", "Max"), and a plain s otherwise ("Vinnters").
 */
export function genitive(language: Language, name: string): string {
  const trimmed = name.trim();
  if (language === 'en') return /s$/i.test(trimmed) ? `${trimmed}’` : `${trimmed}’s`;
  const lastWord = trimmed.split(/\s+/).pop() ?? trimmed;
  if (
    /[0-9]$/.test(lastWord) ||
    (lastWord.length > 1 && lastWord === lastWord.toUpperCase() && /[A-ZÅÄÖ]/.test(lastWord))
  )
    return `${trimmed}:s`;
  if (/[sxz]$/i.test(lastWord)) return trimmed;
  return `${trimmed}s`;
}
