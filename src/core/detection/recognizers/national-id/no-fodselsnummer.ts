/**
 * Norwegian fødselsnummer, D-number, H-number and synthetic test numbers: 11 digits `DDMMYYIIIKK`
 * with two mod-11 check digits (from 2032 the first may leave remainder 0-3; see mod11.ts).
 * Synthetic numbers (month + 80) belong to no one: accepted as `weak`.
 */
import type { Recognizer, ScanEnv, Validation } from '../../types';
import { outcomeOf } from '../../../identifiers/types';
import * as fodselsnummer from '../../../identifiers/no/fodselsnummer';
import { bounded, SIX_DIGITS } from './boundaries';
import {
  ENGLISH_ID_WORDS,
  KEYWORD_AMOUNT,
  NON_PERSONAL_NUMBER_RULES,
  NORWEGIAN_ID_WORDS,
  keywordRule,
} from './context-words';
import { maskSerial5 } from './mask-tail';
import { lineBrokenNumbers } from './line-broken';
import { chain, headerCells, looseSeparatorShape, LOOSE_SEPARATOR_PATTERN } from './spreadsheet-cells';
import { keywordLedLoose } from './keyword-loose';

/** `DDMMYY IIIKK`: the written form on Norwegian documents; 0.2 + checksum 0.35 = 0.55 alone. */
const SCORE_SPACED = 0.2;
/** Bare 11 digits (also bank account and KID numbers, which use mod 11 too): needs a keyword. */
const SCORE_COMPACT = 0.05;

const ID_WORDS = NORWEGIAN_ID_WORDS.concat(ENGLISH_ID_WORDS);
/** `130972--48022` under a fødselsnummer column. */
const looseCells = headerCells(ID_WORDS, looseSeparatorShape(6, 5), LOOSE_SEPARATOR_PATTERN, SCORE_SPACED);

/** `fødselsnummer: 130972 - 48022` in running text, right after its keyword. */
const looseAfterKeyword = keywordLedLoose(ID_WORDS, [6], 5, SCORE_SPACED);

/** Shape, century, real date not in the future, both check digits (the scheme's module). */
export function validateFodselsnummer(value: string, env: ScanEnv): Validation {
  return outcomeOf(fodselsnummer.validate(value, env.today));
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
  find: (doc) =>
    chain(
      looseCells(doc),
      looseAfterKeyword(doc),
      lineBrokenNumbers(doc, [{ re: /^\d{6}[- ]?\d{5}$/, score: SCORE_SPACED }]),
    ),
  validate: validateFodselsnummer,
  // "Kari Nordmann 15076500565": two mod-11 check digits and a name on the line.
  namedContext: { amount: 0.3 },
  context: [keywordRule(ID_WORDS, KEYWORD_AMOUNT)],
  negativeContext: NON_PERSONAL_NUMBER_RULES,
  mask: maskSerial5,
};
