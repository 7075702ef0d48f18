/**
 * Plusgiro numbers (Nordea PlusGirot: 2-8 digits, the last a Luhn check digit written after a dash,
 * `4470-1`, `12 34 56-7`). Like bankgiro, a plusgiro is a company's payment address: this is a
 * SUPPRESSOR and needs the word plusgiro/postgiro/PG nearby.
 */
import type { Recognizer } from '../../types';
import * as luhn from '../../../identifiers/checksums/luhn';

/** Shape + Luhn + keyword is 0.95; without the keyword 0.55 stays under this. */
const KEYWORD_REQUIRED = 0.8;

/** Plusgiro numbers near the word plusgiro/PG, suppressing overlapping findings. */
export const plusgiro: Recognizer = {
  id: 'se-plusgiro',
  category: 'financial',
  role: 'suppressor',
  patterns: [
    // 1-7 digits, optionally in pairs `12 34 56`, then `-` and the check digit.
    {
      name: 'plusgiro',
      regex: /(?:^|[^\d-])(\d{1,7}-\d|\d{1,2} \d{2} \d{2}-\d|\d{1,2} \d{2} \d{2} \d{2}-\d)(?![\d-])/g,
      score: 0.2,
      group: 1,
    },
  ],
  validate: (value) => luhn.validate(value),
  context: [
    {
      words: ['plusgiro', 'plusgironummer', 'plusgironr', 'postgiro', 'pg', 'pg-nr', 'pg nr'],
      amount: 0.4,
      before: 40,
      after: 0,
    },
  ],
  minScore: KEYWORD_REQUIRED,
};
