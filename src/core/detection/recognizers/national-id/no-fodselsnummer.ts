/**
 * Norwegian fødselsnummer, D-number, H-number and synthetic test numbers: 11 digits `DDMMYYIIIKK`
 * with two mod-11 check digits (from 2032 the first may leave remainder 0-3; see mod11.ts).
 * Synthetic numbers (month + 80) belong to no one: accepted as `weak`.
 */
import type { Recognizer, ScanEnv, Validation } from '../../types';
import { norwegianCheckRule } from '../../checksums/mod11';
import { isFuture } from '../../checksums/dates';
import { bounded, SIX_DIGITS } from './boundaries';
import {
  ENGLISH_ID_WORDS,
  KEYWORD_AMOUNT,
  NON_PERSONAL_NUMBER_RULE,
  NORWEGIAN_ID_WORDS,
  keywordRule,
} from './context-words';
import { maskSerial5 } from './mask-tail';
import { lineBrokenNumbers } from './line-broken';
import { hasRealBirthDate, readNorwegianNumber } from './norwegian-number';

/** `DDMMYY IIIKK`: the written form on Norwegian documents; 0.2 + checksum 0.35 = 0.55 alone. */
const SCORE_SPACED = 0.2;
/** Bare 11 digits (also bank account and KID numbers, which use mod 11 too): needs a keyword. */
const SCORE_COMPACT = 0.05;

/** Shape, century, real date not in the future, both check digits. */
export function validateFodselsnummer(value: string, env: ScanEnv): Validation {
  const n = readNorwegianNumber(value);
  if (n === null) return { kind: 'invalid', reason: 'format' };
  if (!hasRealBirthDate(n) || isFuture(n.birth, env.today)) return { kind: 'invalid', reason: 'component' };
  if (norwegianCheckRule(n.digits) === null) return { kind: 'invalid', reason: 'checksum' };
  return n.kind === 'synthetic'
    ? { kind: 'weak', check: 'mod11', why: 'synthetic-test-number' }
    : { kind: 'valid', check: 'mod11' };
}

export const noFodselsnummer: Recognizer = {
  id: 'no-fodselsnummer',
  category: 'national-id',
  patterns: [
    // DDMMYY IIIKK (space or dash)
    {
      name: 'no-separated',
      regex: bounded('\\d{6}[- ]\\d{5}', true),
      score: SCORE_SPACED,
      group: 1,
      trigger: SIX_DIGITS,
    },
    // DDMMYYIIIKK
    { name: 'no-compact', regex: bounded('\\d{11}'), score: SCORE_COMPACT, group: 1, trigger: SIX_DIGITS },
  ],
  find: (doc) => lineBrokenNumbers(doc, [{ re: /^\d{6}[- ]?\d{5}$/, score: SCORE_SPACED }]),
  validate: validateFodselsnummer,
  context: [keywordRule(NORWEGIAN_ID_WORDS.concat(ENGLISH_ID_WORDS), KEYWORD_AMOUNT)],
  negativeContext: [NON_PERSONAL_NUMBER_RULE],
  mask: maskSerial5,
};
