/**
 * Bankgiro numbers (Bankgirot: 7-8 digits written `NNN-NNNN` / `NNNN-NNNN`, Luhn over all digits).
 * A bankgiro is a company's payment address, not a person's account: this is a SUPPRESSOR that keeps
 * the number from being reported as a bank account, phone number or identity number. It needs the
 * word bankgiro (or BG) nearby, so a random `NNN-NNNN` never suppresses anything.
 */
import type { Recognizer } from '../../types';
import * as luhn from '../../../identifiers/checksums/luhn';

/** Suppressors need shape + Luhn + keyword: 0.2 + 0.35 + 0.4 = 0.95, never 0.55 without the keyword. */
const KEYWORD_REQUIRED = 0.8;

/** Bankgiro numbers near the word bankgiro/BG, suppressing overlapping findings. */
export const bankgiro: Recognizer = {
  id: 'se-bankgiro',
  category: 'financial',
  role: 'suppressor',
  patterns: [{ name: 'bankgiro', regex: /(?:^|[^\d-])(\d{3,4}-\d{4})(?![\d-])/g, score: 0.2, group: 1 }],
  validate: (value) => luhn.validate(value),
  context: [
    {
      words: ['bankgiro', 'bankgironummer', 'bankgironr', 'bg', 'bg-nr', 'bg nr'],
      amount: 0.4,
      before: 40,
      after: 0,
    },
  ],
  minScore: KEYWORD_REQUIRED,
};
