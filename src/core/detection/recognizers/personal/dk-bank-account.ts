/**
 * Danish bank accounts: a 4-digit registreringsnummer (the bank and branch) and a kontonummer of up to 10
 * digits, as Danes write them — always labelled ("reg.nr. 5470 kontonr. 0004 281 937",
 * "Reg. nr.: 5470" / "Kontonummer: 0004281937" on the next line). Danish banks use no common check digit,
 * so the label is the evidence: without "reg.nr." a 4 + 10 digit pair is any two numbers.
 */
import type { Recognizer } from '../../types';
import { BUSINESS_NUMBER_WORDS } from './context-words';
import {
  COMPANY_HOLDER_RULE,
  HOLDER_IN_BRACKETS_RULE,
  INVOICE_PAYMENT_RULE,
  SUPPLIER_RECORD_RULE,
} from './company-holder';
import { maskAccount } from './account-mask';

/** A labelled registreringsnummer is as sure as a checksum and a keyword together are elsewhere. */
const LABELLED_SCORE = 0.6;

// "reg.nr.", "reg. nr", "regnr", "registreringsnummer", "registreringsnr.", or "reg." alone, then the 4 digits;
// then a comma, slash, spaces or one line break; an optional account label; then 6-10 digits with single spaces.
const REG_LABEL = '(?:reg(?:istrerings)?(?:\\.?[ \\t]?(?:nr|nummer)\\.?|\\.))';
const ACCOUNT_LABEL = '(?:(?:konto(?:nummer|nr)?|kontonr)\\.?[ \\t]*:?[ \\t]*)';
const BETWEEN = '(?:[ \\t]*[,/][ \\t]*|[ \\t]*\\r?\\n[ \\t]*|[ \\t]+)';

/** Danish registreringsnummer + kontonummer, labelled. */
export const dkBankAccount: Recognizer = {
  id: 'dk-bank-account',
  category: 'financial',
  patterns: [
    {
      name: 'reg-konto',
      regex: new RegExp(
        `(?:^|[^A-Za-z\\d])(${REG_LABEL}[ \\t]*:?[ \\t]*\\d{4}${BETWEEN}${ACCOUNT_LABEL}?\\d(?: ?\\d){5,9})(?![\\d])`,
        'gi',
      ),
      score: LABELLED_SCORE,
      group: 1,
    },
  ],
  mask: maskAccount,
  negativeContext: [
    { words: BUSINESS_NUMBER_WORDS, amount: -0.6, before: 30, after: 0 },
    COMPANY_HOLDER_RULE,
    HOLDER_IN_BRACKETS_RULE,
    INVOICE_PAYMENT_RULE,
    SUPPLIER_RECORD_RULE,
  ],
};
