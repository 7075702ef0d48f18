/** The read pane's text by language. */
import type { Language } from '../../../core/policy/types';
import { READ_EN } from './en';
import { READ_SV } from './sv';
import type { ReadStrings } from './types';

export type { ReadStrings } from './types';

export function readStringsFor(language: Language): ReadStrings {
  return language === 'sv' ? READ_SV : READ_EN;
}
