/**
 * Danish CPR number (CPR-kontoret, "Personnummeret i CPR"): `DDMMYY-SSSS`. The century follows from
 * the first serial digit and the year. Since 2007-10-01 the mod-11 check is not guaranteed, so a
 * failing mod-11 is only `weak` and the shape alone never reaches the threshold: a CPR keyword (or
 * column header) is REQUIRED.
 */
import type { CalendarDate, Recognizer, ScanEnv, Validation } from '../../types';
import { DK_CPR_WEIGHTS, weightedRemainder } from '../../checksums/mod11';
import { isFuture, isRealDate } from '../../checksums/dates';
import { bounded, SIX_DIGITS } from './boundaries';
import { DANISH_ID_WORDS, ENGLISH_ID_WORDS, NON_PERSONAL_NUMBER_RULE } from './context-words';
import { maskSerial4 } from './mask-tail';
import { lineBrokenNumbers } from './line-broken';

/** Keyword weight: the maximum, because without a keyword a CPR is never reported. */
const KEYWORD = 0.4;

/**
 * Century from the first serial digit (CPR-kontoret's table): 0-3 → 1900s; 4 and 9 → 2000s for
 * years 00-36, else 1900s; 5-8 → 2000s for years 00-57, else 1800s.
 */
export function danishCentury(firstSerialDigit: number, yy: number): number {
  if (firstSerialDigit <= 3) return 1900;
  if (firstSerialDigit === 4 || firstSerialDigit === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

/** The birth date a CPR number encodes (not checked for existence). */
export function danishBirthDate(digits: string): CalendarDate {
  const yy = Number(digits.slice(4, 6));
  return {
    year: danishCentury(Number(digits.charAt(6)), yy) + yy,
    month: Number(digits.slice(2, 4)),
    day: Number(digits.slice(0, 2)),
  };
}

/** Real birth date not in the future; mod-11 decides between `valid` and `weak`. */
export function validateDanishCpr(value: string, env: ScanEnv): Validation {
  const digits = value.replace(/[-\s>]/g, '');
  if (!/^\d{10}$/.test(digits)) return { kind: 'invalid', reason: 'format' };
  const birth = danishBirthDate(digits);
  if (!isRealDate(birth.year, birth.month, birth.day) || isFuture(birth, env.today))
    return { kind: 'invalid', reason: 'component' };
  return weightedRemainder(digits, DK_CPR_WEIGHTS) === 0
    ? { kind: 'valid', check: 'mod11' }
    : { kind: 'weak', check: 'date', why: 'no-mod11-since-2007' };
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
  find: (doc) => lineBrokenNumbers(doc, [{ re: /^\d{6}-?\d{4}$/, score: 0.1 }]),
  validate: validateDanishCpr,
  context: [{ words: DANISH_ID_WORDS.concat(ENGLISH_ID_WORDS), amount: KEYWORD, before: 120, after: 40 }],
  negativeContext: [NON_PERSONAL_NUMBER_RULE],
  mask: maskSerial4,
};
