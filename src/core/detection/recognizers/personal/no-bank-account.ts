/**
 * Norwegian bank account numbers (kontonummer): 11 digits written `NNNN.NN.NNNNN` or `NNNN NN NNNNN`,
 * the last a modulus-11 check digit with weights 5 4 3 2 7 6 5 4 3 2 (Bits/Finans Norge "Kontonummer";
 * the same rule as the fødselsnummer's second check digit). The unbroken 11-digit form is left out: it
 * is the shape of a fødselsnummer. An account keyword is REQUIRED.
 */
import type { Recognizer, Validation } from '../../types';
import * as mod11 from '../../../identifiers/checksums/mod11';
import { BUSINESS_NUMBER_WORDS } from './context-words';
import {
  COMPANY_HOLDER_RULE,
  HOLDER_IN_BRACKETS_RULE,
  INVOICE_PAYMENT_RULE,
  SUPPLIER_RECORD_RULE,
} from './company-holder';

/** Shape (0.1) + mod-11 (0.35) stays under 0.5: the keyword (+0.4) is required. */
const SHAPE_SCORE = 0.1;

function validateNorwegianAccount(value: string): Validation {
  return mod11.validate(value, mod11.NO_K2_WEIGHTS);
}

/** Norwegian account numbers near an account keyword. */
export const noBankAccount: Recognizer = {
  id: 'no-bank-account',
  category: 'financial',
  patterns: [
    // One separator kind throughout (`.` or space), digit boundaries on both sides.
    {
      name: 'no-account',
      regex: /(?:^|[^\d.])(\d{4}([. ])\d{2}\2\d{5})(?![\d]|\.\d)/g,
      score: SHAPE_SCORE,
      group: 1,
    },
  ],
  validate: validateNorwegianAccount,
  context: [
    {
      words: [
        'kontonummer',
        'kontonr',
        'kontonr.',
        'konto',
        'kontoen',
        'bankkonto',
        'bankkontonummer',
        'account',
        'account no',
        'account number',
        'bank account',
      ],
      amount: 0.4,
      before: 50,
      after: 0,
    },
  ],
  negativeContext: [
    { words: BUSINESS_NUMBER_WORDS, amount: -0.6, before: 30, after: 0 },
    COMPANY_HOLDER_RULE,
    HOLDER_IN_BRACKETS_RULE,
    INVOICE_PAYMENT_RULE,
    SUPPLIER_RECORD_RULE,
  ],
};
