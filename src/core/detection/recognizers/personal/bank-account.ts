/**
 * Swedish bank account numbers: clearing number (4 digits, or Swedbank's `8NNN-N`) + account number,
 * e.g. `8327-9, 123 456 789-0`, `1234-12 345 67`, `5001 12 345 67`. The shape alone is too common
 * (phone numbers, article numbers), so an account keyword is REQUIRED; the clearing range and account
 * length are checked, and the bank's check digit (`se-clearing.ts`): a passing check is `valid`, a failing
 one only `weak` (bank rules have exceptions and a keyword is required anyway).
 */
import type { Recognizer, Validation } from '../../types';
import { validateSwedishAccount } from './se-clearing';
import { maskAccount } from './account-mask';
import { BUSINESS_NUMBER_WORDS } from './context-words';
import {
  COMPANY_HOLDER_RULE,
  HOLDER_IN_BRACKETS_RULE,
  INVOICE_PAYMENT_RULE,
  SUPPLIER_RECORD_RULE,
} from './company-holder';

const ACCOUNT_WORDS: readonly string[] = [
  'konto',
  'kontot',
  'kontonummer',
  'kontonr',
  'kontonr.',
  'bankkonto',
  'bankkontot',
  'bankkontonummer',
  'clearing',
  'clearingnummer',
  'clearingnr',
  'clnr',
  'lönekonto',
  'sparkonto',
  'personkonto',
  'account',
  'account no',
  'account number',
  'bank account',
  'sort code',
  'utbetalning',
  'insättning',
  'sätt in',
  'betala in',
];

/** Shape (0.1) + check (0.35, or 0.1 when only the clearing range fits) stays under 0.5: the keyword (+0.4) is required. */
const SHAPE_SCORE = 0.1;

function validateAccount(value: string): Validation {
  const digits = value.replace(/\D/g, '');
  // Swedbank writes a 5-digit clearing `8NNN-N`: the fifth digit belongs to the clearing, not the account.
  const swedbank5 = /^8\d{3}-\d/.test(value);
  const clearing = digits.slice(0, 4);
  const account = digits.slice(swedbank5 ? 5 : 4);
  if (account.length < 7 || account.length > 10) return { kind: 'invalid', reason: 'length' };
  return validateSwedishAccount(clearing, account, swedbank5 ? digits.charAt(4) : '');
}

/** Swedish clearing + account numbers near an account keyword. */
export const bankAccount: Recognizer = {
  id: 'se-bank-account',
  category: 'financial',
  patterns: [
    {
      name: 'clearing-account',
      // Clearing (`1234` or `8327-9`), a separator (`-`, `,`, space), then 7-10 digits in groups of
      // 1-4 separated by single spaces, optionally ending in `-N`. Groups are space-delimited: linear.
      regex:
        /(?:^|[^\d-])((?:8\d{3}-\d|[1-9]\d{3})(?:, ?| ?- ?| )\d{1,10}(?: \d{1,4}){0,3}(?:-\d)?)(?![\d-])/g,
      score: SHAPE_SCORE,
      group: 1,
    },
    // Labelled parts on consecutive lines, as forms and payment requests write them:
    // "Clearingnummer: 6152" / "Kontonummer: 284 117 903", or on one line ("clearing 8327-9, kontonr …"). The value runs from the clearing number to the
    // end of the account number; the validator reads its digits only.
    {
      name: 'clearing-account-lines',
      regex:
        /(?:^|[^A-Za-z])(?:clearing(?:nummer|nr|-nr)?|clnr)\.?[ \t]*:?[ \t]*((?:8\d{3}-\d|[1-9]\d{3})(?:[ \t]*\r?\n[ \t]*|[ \t]*[,;/]?[ \t]*)(?:konto(?:nummer|nr)?|kontonr|bankkonto|account(?: number| no)?)\.?[ \t]*:?[ \t]*\d{1,10}(?: \d{1,4}){0,3}(?:-\d)?)(?![\d-])/gi,
      score: SHAPE_SCORE,
      group: 1,
    },
    // Unbroken: 11 digits (clearing + 7) or 14 (clearing + 10).
    {
      name: 'clearing-account-digits',
      regex: /(?:^|[^\d-])([1-9]\d{10}|[1-9]\d{13})(?!\d)/g,
      score: SHAPE_SCORE,
      group: 1,
    },
  ],
  validate: validateAccount,
  mask: maskAccount,
  context: [{ words: ACCOUNT_WORDS, amount: 0.4, before: 50, after: 0 }],
  negativeContext: [
    {
      words: BUSINESS_NUMBER_WORDS.concat(['iban', 'bankgiro', 'plusgiro']),
      amount: -0.6,
      before: 30,
      after: 0,
    },
    COMPANY_HOLDER_RULE,
    HOLDER_IN_BRACKETS_RULE,
    INVOICE_PAYMENT_RULE,
    SUPPLIER_RECORD_RULE,
  ],
};
