/**
 * Swedish samordningsnummer (Folkbokföringslagen 18 a §, Skatteverket SKV 707): a personnummer whose
 * day is raised by 60. Skatteverket's test numbers also use month 00 and written day 60 for an
 * unknown birth date: accepted as `weak`, so they need a keyword to be reported.
 */
import type { Recognizer } from '../../types';
import {
  ENGLISH_ID_WORDS,
  KEYWORD_AMOUNT,
  NON_PERSONAL_NUMBER_RULE,
  SWEDISH_ID_WORDS,
  keywordRule,
} from './context-words';
import { FOREIGN_ID_RULE_FOR_SWEDEN } from './foreign-words';
import { maskSerial4 } from './mask-tail';
import { leadingZeroCells } from './spreadsheet-cells';
import { SCORE_SHORT_COMPACT, SWEDISH_DIGIT_PATTERNS } from './swedish-shapes';
import { validateSwedish } from './swedish-number';

const KEYWORDS = SWEDISH_ID_WORDS.concat(ENGLISH_ID_WORDS);

export const seSamordningsnummer: Recognizer = {
  id: 'se-samordningsnummer',
  category: 'national-id',
  patterns: SWEDISH_DIGIT_PATTERNS,
  find: leadingZeroCells(SWEDISH_ID_WORDS, SCORE_SHORT_COMPACT),
  validate: (value, env) =>
    validateSwedish(value, env, { dayOffset: 60, interim: false, allowUnknownDate: true }),
  context: [keywordRule(KEYWORDS, KEYWORD_AMOUNT)],
  negativeContext: [NON_PERSONAL_NUMBER_RULE, FOREIGN_ID_RULE_FOR_SWEDEN],
  mask: maskSerial4,
};
