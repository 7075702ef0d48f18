/**
 * IBAN (ISO 13616), with or without the four-character grouping. The candidate is cut at the
 * registered length of its country, so a trailing word or number does not spoil a valid IBAN;
 * then mod-97 decides. An IBAN identifies an account; a private person's account is personal data.
 */
import type { Candidate, Recognizer, ScanDocument, ScanEnv } from '../../types';
import { ownNames, paidToOwnName } from './own-company';
import { SOLE_TRADER_WORDS } from './context-words';
import { outcomeOf } from '../../../identifiers/types';
import * as iban from '../../../identifiers/iban';
import { ibanLength } from '../../../identifiers/checksums/iban';
import {
  COMPANY_HOLDER_RULE,
  HOLDER_IN_BRACKETS_RULE,
  INVOICE_PAYMENT_RULE,
  SUPPLIER_RECORD_RULE,
} from './company-holder';

// Country code + check digits, then up to 34 characters of BBAN with single spaces: one linear class.
const IBAN_START = /(?:^|[^A-Za-z0-9])([A-Z]{2}\d{2}(?: ?[0-9A-Z]){8,32})/g;

/** The end of the first `count` alphanumerics of `text` from `start` (single spaces skipped), or -1. */
function endAfter(text: string, start: number, count: number): number {
  let seen = 0;
  let i = start;
  while (i < text.length && seen < count) {
    const ch = text.charAt(i);
    if (ch !== ' ') seen++;
    i++;
  }
  return seen === count ? i : -1;
}

/** A business account's demotion, as much as a company holder gives. */
const OWN_COMPANY_PENALTY = 0.6;

function* findIbans(doc: ScanDocument, env: ScanEnv): Generator<Candidate> {
  const names = ownNames(env);
  const re = new RegExp(IBAN_START.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(doc.text)) !== null) {
    const value = m[1] ?? '';
    const start = m.index + m[0].length - value.length;
    const length = ibanLength(value.slice(0, 2));
    if (length === undefined) continue;
    const end = endAfter(doc.text, start, length);
    // The IBAN must end where a word ends: not inside a longer alphanumeric run.
    if (end < 0 || /[A-Za-z0-9]/.test(doc.text.charAt(end))) continue;
    // The company's own account, named as the payee ("Betaling til Vinnter, … IBAN DK22 …").
    if (paidToOwnName(doc, start, names))
      yield {
        start,
        end,
        pattern: 'iban',
        score: 0.4 - OWN_COMPANY_PENALTY,
        reasons: ['negative:own-company'],
      };
    else yield { start, end, pattern: 'iban', score: 0.4 };
  }
}

// prettier-ignore
const PRIVATE_ACCOUNT_WORDS: readonly string[] = [
  'private account', 'personal account', 'private bank account', 'personal bank account', 'privat konto',
  'privatkonto', 'privatkontot', 'privata konto', 'privat bankkonto', 'privatkontoen', 'privatkontoet',
  'private konto',
  'henkilökohtaiselle tilille', 'henkilökohtainen tili', 'yksityistilille', 'omalle tililleen',
  // the writer's own: "Vil I sende den ene betaling tilbage til min konto"
  'min konto', 'mitt konto', 'my account', 'my bank account', 'minun tilille',
  // anyone's own, whatever company account they lack: "ingen firmakonto endnu, så udbetal til hendes egen konto"
  'egen konto', 'eget konto', 'own account',
].concat(SOLE_TRADER_WORDS);

/** IBAN account numbers, validated with mod-97 and the per-country length. */
export const ibanRecognizer: Recognizer = {
  id: 'iban',
  category: 'financial',
  find: findIbans,
  validate: (value) => outcomeOf(iban.validate(value)),
  context: [
    {
      words: [
        'iban',
        'konto',
        'kontonummer',
        'bankkonto',
        'account',
        'bank account',
        'tilinumero',
        'kontonr',
      ],
      amount: 0.2,
      before: 40,
      after: 0,
    },
    // A person's own account, said in so many words: an invoice from a freelancer without a company is
    // still paid to a person ("payment goes to her private account").
    {
      words: PRIVATE_ACCOUNT_WORDS,
      amount: 0.3,
      before: 160,
      after: 40,
      // "Payment of invoice 2026-11 – freelancer Oliver Grant": the subject says whose account it is.
      title: true,
    },
  ],
  negativeContext: [COMPANY_HOLDER_RULE, HOLDER_IN_BRACKETS_RULE, INVOICE_PAYMENT_RULE, SUPPLIER_RECORD_RULE],
};
