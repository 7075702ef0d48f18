/**
 * Danish CPR number (CPR-kontoret, "Personnummeret i CPR"): `DDMMYY-SSSS`. The century follows from
 * the first serial digit and the year. Since 2007-10-01 the mod-11 check is not guaranteed, so a
 * failing mod-11 is only `weak` and the shape alone never reaches the threshold: a CPR keyword (or
 * column header) is REQUIRED.
 */
import type { Recognizer, ScanEnv, Validation } from '../../types';
import { outcomeOf } from '../../../identifiers/types';
import * as cpr from '../../../identifiers/dk/cpr';
import { bounded, SIX_DIGITS } from './boundaries';
import { DANISH_ID_WORDS, ENGLISH_ID_WORDS, NON_PERSONAL_NUMBER_RULES } from './context-words';
import { maskSerial4 } from './mask-tail';
import { lineBrokenNumbers } from './line-broken';
import { chain, headerCells, looseSeparatorShape, LOOSE_SEPARATOR_PATTERN } from './spreadsheet-cells';
import { keywordLedLoose } from './keyword-loose';

/** Keyword weight: the maximum, because without a keyword a CPR is never reported. */
const KEYWORD = 0.4;
const ID_WORDS = DANISH_ID_WORDS.concat(ENGLISH_ID_WORDS);
/** `220493--3106` under a CPR column: scored as the separated shape, the header does the rest. */
const looseCells = headerCells(ID_WORDS, looseSeparatorShape(6, 4), LOOSE_SEPARATOR_PATTERN, 0.1);

/** `CPR 130672 – 9647` in running text, right after its keyword. */
const looseAfterKeyword = keywordLedLoose(ID_WORDS, [6], 4, 0.1);

/** Real birth date not in the future; mod-11 decides between `valid` and `weak` (the scheme's module). */
export function validateDanishCpr(value: string, env: ScanEnv): Validation {
  return outcomeOf(cpr.validate(value, env.today));
}

export const dkCpr: Recognizer = {
  id: 'dk-cpr',
  category: 'national-id',
  patterns: [
    // DDMMYY-SSSS: 0.1 + mod-11 0.35 = 0.45 (< 0.5): needs a keyword even when mod-11 passes
    { name: 'dk-separated', regex: bounded('\\d{6}-\\d{4}'), score: 0.1, group: 1, trigger: SIX_DIGITS },
    // DDMMYY SSSS
    { name: 'dk-spaced', regex: bounded('\\d{6} \\d{4}', true), score: 0.05, group: 1, trigger: SIX_DIGITS },
    // DDMMYYSSSS
    { name: 'dk-compact', regex: bounded('\\d{10}'), score: 0, group: 1, trigger: SIX_DIGITS },
  ],
  // "150785-" / "1234": a number wrapped over two lines
  find: (doc) =>
    chain(
      looseCells(doc),
      looseAfterKeyword(doc),
      lineBrokenNumbers(doc, [{ re: /^\d{6}-?\d{4}$/, score: 0.1 }]),
    ),
  validate: validateDanishCpr,
  context: [{ words: ID_WORDS, amount: KEYWORD, before: 120, after: 40 }],
  // "Jonas Holm 120385-1234": a name on the line stands for the keyword for the separated shape; a compact
  // run of ten digits needs mod 11 besides (0 + 0.35 + 0.3).
  namedContext: { amount: 0.3 },
  negativeContext: NON_PERSONAL_NUMBER_RULES,
  mask: maskSerial4,
};
