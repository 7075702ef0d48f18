/** The move panel's text by language. */
import type { Language } from '../../../core/policy/types';
import { MOVE_EN } from './en';
import { MOVE_SV } from './sv';
import type { MoveStrings } from './types';

export type { MoveStrings } from './types';

export function moveStringsFor(language: Language): MoveStrings {
  return language === 'sv' ? MOVE_SV : MOVE_EN;
}
