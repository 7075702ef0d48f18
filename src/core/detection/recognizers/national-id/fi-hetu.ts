/**
 * Finnish henkilötunnus (Population Information Act 661/2009 § 11; DVV, century signs extended
 * 2023-01-01): `DDMMYY` + century sign + `NNN` + check character
 * `0123456789ABCDEFHJKLMNPRSTUVWXY`[DDMMYYNNN mod 31].
 * Signs: `+` 1800s; `-` `Y` `X` `W` `V` `U` 1900s; `A` `B` `C` `D` `E` `F` 2000s. Very specific.
 */
import type { Recognizer, ScanEnv, Validation } from '../../types';
import { isFuture, isRealDate } from '../../checksums/dates';
import { bounded, SIX_DIGITS } from './boundaries';
import {
  ENGLISH_ID_WORDS,
  FINNISH_ID_WORDS,
  KEYWORD_AMOUNT,
  NON_PERSONAL_NUMBER_RULE,
  keywordRule,
} from './context-words';
import { maskSerial4 } from './mask-tail';

const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** The century a sign stands for, or null. */
export function finnishCentury(sign: string): number | null {
  if (sign === '+') return 1800;
  if ('-YXWVU'.indexOf(sign) >= 0) return 1900;
  if ('ABCDEF'.indexOf(sign) >= 0) return 2000;
  return null;
}

/** Sign, real date not in the future, check character (upper case only, as DVV writes it). */
export function validateHetu(value: string, env: ScanEnv): Validation {
  const m = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(value);
  if (m === null) return { kind: 'invalid', reason: 'format' };
  const century = finnishCentury(m[4] ?? '');
  if (century === null) return { kind: 'invalid', reason: 'format' };
  const birth = { year: century + Number(m[3]), month: Number(m[2]), day: Number(m[1]) };
  if (!isRealDate(birth.year, birth.month, birth.day) || isFuture(birth, env.today))
    return { kind: 'invalid', reason: 'component' };
  const expected = CHECK_CHARS.charAt(Number(`${m[1] ?? ''}${m[2] ?? ''}${m[3] ?? ''}${m[5] ?? ''}`) % 31);
  return expected === m[6] ? { kind: 'valid', check: 'mod31' } : { kind: 'invalid', reason: 'checksum' };
}

export const fiHetu: Recognizer = {
  id: 'fi-hetu',
  category: 'national-id',
  patterns: [
    // DDMMYY, century sign, NNN, check character: 0.4 + checksum 0.35 = 0.75 alone
    {
      name: 'fi-hetu',
      regex: bounded('\\d{6}[-+A-FU-Y]\\d{3}[0-9A-FHJ-NPR-Y]'),
      score: 0.4,
      group: 1,
      trigger: SIX_DIGITS,
    },
  ],
  validate: validateHetu,
  context: [keywordRule(FINNISH_ID_WORDS.concat(ENGLISH_ID_WORDS), KEYWORD_AMOUNT)],
  negativeContext: [NON_PERSONAL_NUMBER_RULE],
  mask: maskSerial4,
};
