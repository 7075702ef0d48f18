/**
 * Finnish henkilötunnus (Population Information Act 661/2009 § 11; DVV, century signs extended
 * 2023-01-01): `DDMMYY` + century sign + `NNN` + check character
 * `0123456789ABCDEFHJKLMNPRSTUVWXY`[DDMMYYNNN mod 31].
 * Signs: `+` 1800s; `-` `Y` `X` `W` `V` `U` 1900s; `A` `B` `C` `D` `E` `F` 2000s. Very specific.
 */
import type { Candidate, Recognizer, ScanDocument, ScanEnv, Validation } from '../../types';
import { outcomeOf } from '../../../identifiers/types';
import * as hetu from '../../../identifiers/fi/hetu';
import { bounded, SIX_DIGITS } from './boundaries';
import {
  ENGLISH_ID_WORDS,
  FINNISH_ID_WORDS,
  KEYWORD_AMOUNT,
  NON_PERSONAL_NUMBER_RULES,
  keywordRule,
} from './context-words';
import { maskSerial4 } from './mask-tail';
import { execInWindows, linesAroundNumberBreaks } from '../../windows';

/** Sign, real date not in the future, check character (upper case only, as DVV writes it). */
export function validateHetu(value: string, env: ScanEnv): Validation {
  return outcomeOf(hetu.validate(value.replace(/>/g, ''), env.today));
}

/**
 * A henkilötunnus wrapped over two lines, on either side of its century sign ("220374" / "Y096T",
 * "220374-" / "096T"), a quote mark allowed before the second part. The century sign is a letter or
 * a dash, so the shared line-break joiner (digits and dashes only) does not see these.
 */
const LINE_BROKEN_HETU =
  /(?:^|[^\w-])(\d{6}(?:[-+A-FU-Y][ \t]*\r?\n[ \t>]*|[ \t]*\r?\n[ \t>]*[-+A-FU-Y])\d{3}[0-9A-FHJ-NPR-Y])(?![\w-])/g;

function* lineBrokenHetu(doc: ScanDocument): Generator<Candidate> {
  for (const m of execInWindows(doc.text, LINE_BROKEN_HETU, linesAroundNumberBreaks(doc.text))) {
    const value = m[1] ?? '';
    const start = m.index + m[0].length - value.length;
    yield { start, end: start + value.length, pattern: 'fi-hetu-line-broken', score: 0.4 };
  }
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
  find: lineBrokenHetu,
  validate: validateHetu,
  context: [keywordRule(FINNISH_ID_WORDS.concat(ENGLISH_ID_WORDS), KEYWORD_AMOUNT)],
  negativeContext: NON_PERSONAL_NUMBER_RULES,
  mask: maskSerial4,
};
