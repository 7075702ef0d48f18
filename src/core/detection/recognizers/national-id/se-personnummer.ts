/**
 * Swedish personnummer (Folkbokföringslagen 18 §, Skatteverket SKV 704): `YYMMDD-NNNC`,
 * `YYMMDD+NNNC` (100 or older), `YYYYMMDD[-]NNNC`; Luhn over the ten-digit form, a real birth date
 * that is not in the future. Sole traders' organisation numbers are personnummer and are found here.
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

export const sePersonnummer: Recognizer = {
  id: 'se-personnummer',
  category: 'national-id',
  patterns: SWEDISH_DIGIT_PATTERNS,
  find: leadingZeroCells(SWEDISH_ID_WORDS, SCORE_SHORT_COMPACT),
  validate: (value, env) =>
    validateSwedish(value, env, { dayOffset: 0, interim: false, allowUnknownDate: false }),
  context: [keywordRule(KEYWORDS, KEYWORD_AMOUNT)],
  negativeContext: [NON_PERSONAL_NUMBER_RULE, FOREIGN_ID_RULE_FOR_SWEDEN],
  mask: maskSerial4,
};
