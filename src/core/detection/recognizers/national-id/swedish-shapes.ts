/**
 * The written shapes of Swedish civil numbers, with base scores. The scores encode how much the shape
 * alone says: a separator is how people write a personnummer; a bare digit run is just as often an
 * order, OCR or phone number (~0.7 % of random 10-digit runs pass date + Luhn), so it only becomes a
 * finding with an identity keyword or a `Personnummer` column header.
 */
import type { Pattern } from '../../types';
import { bounded, SIX_DIGITS } from './boundaries';

/** `YYYYMMDD-NNNC` (also `+`): century, date and separator — the strongest shape. */
export const SCORE_LONG_SEPARATED = 0.3;
/** `YYYYMMDD NNNC`: also how a date and a time are written (`20241105 1230`): needs a keyword. */
export const SCORE_LONG_SPACED = 0.1;
/** `YYMMDD-NNNC` / `YYMMDD+NNNC`: the everyday form (0.25 + checksum 0.35 = 0.6 alone). */
export const SCORE_SHORT_SEPARATED = 0.25;
/** `YYMMDD NNNC`: a space is a weaker separator (spaced digit groups are common). */
export const SCORE_SHORT_SPACED = 0.2;
/**
 * `YYYYMMDDNNNC`: century, a real date and Luhn rarely line up by chance (0.2 + checksum 0.35 = 0.55 alone);
 * order, invoice and ticket words before it still demote it, and a recent date reads as a timestamp.
 */
export const SCORE_LONG_COMPACT = 0.2;
/** `YYMMDDNNNC`: a bare 10-digit run; valid alone scores 0.4 (< 0.5): needs a keyword or header. */
export const SCORE_SHORT_COMPACT = 0.05;

/** Patterns for the all-digit members (personnummer, samordningsnummer). */
export const SWEDISH_DIGIT_PATTERNS: readonly Pattern[] = [
  // 18/19/20 + YYMMDD, - or +, NNNC
  {
    name: 'se-long-separated',
    regex: bounded('(?:18|19|20)\\d{6}[-+]\\d{4}'),
    score: SCORE_LONG_SEPARATED,
    group: 1,
    trigger: SIX_DIGITS,
  },
  // 18/19/20 + YYMMDD, space, NNNC
  {
    name: 'se-long-spaced',
    regex: bounded('(?:18|19|20)\\d{6} \\d{4}', true),
    score: SCORE_LONG_SPACED,
    group: 1,
    trigger: SIX_DIGITS,
  },
  // YYMMDD-NNNC or YYMMDD+NNNC
  {
    name: 'se-short-separated',
    regex: bounded('\\d{6}[-+]\\d{4}'),
    score: SCORE_SHORT_SEPARATED,
    group: 1,
    trigger: SIX_DIGITS,
  },
  // YYMMDD NNNC, not inside a longer run of spaced digit groups
  {
    name: 'se-short-spaced',
    regex: bounded('\\d{6} \\d{4}', true),
    score: SCORE_SHORT_SPACED,
    group: 1,
    trigger: SIX_DIGITS,
  },
  // 18/19/20 + ten digits
  {
    name: 'se-long-compact',
    regex: bounded('(?:18|19|20)\\d{10}'),
    score: SCORE_LONG_COMPACT,
    group: 1,
    trigger: SIX_DIGITS,
  },
  // ten digits
  {
    name: 'se-short-compact',
    regex: bounded('\\d{10}'),
    score: SCORE_SHORT_COMPACT,
    group: 1,
    trigger: SIX_DIGITS,
  },
];
