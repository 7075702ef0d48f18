/** UI text by language. Language comes from Office's display language (`sv-SE` → Swedish, else English). */
import type { Language } from '../../core/policy/types';
import { EN } from './en';
import { SV } from './sv';
import type { Strings } from './types';

export type { Strings } from './types';

/** Swedish for any `sv` display language, English otherwise. */
export function languageFromDisplay(displayLanguage: string | undefined): Language {
  return displayLanguage !== undefined && displayLanguage.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

/** The UI text for a language. */
export function stringsFor(language: Language): Strings {
  return language === 'sv' ? SV : EN;
}

/** A readable name for an entity type id (`se-personnummer` → `personnummer`), falling back to the id. */
export function entityTypeName(strings: Strings, type: string): string {
  return strings.entityType(type);
}
