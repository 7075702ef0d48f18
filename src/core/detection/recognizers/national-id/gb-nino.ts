/**
 * UK National Insurance number (HMRC, NIM39110): `AB 12 34 56 C`, two prefix letters, six digits, a
 * suffix A-D; no check character, so the identifier module checks the prefix and the suffix.
 *
 * Keyword or not: a complete number (allocated prefix AND suffix) is reported alone. Two letters, six
 * digits and a letter A-D, with the prefix rules excluding a third of the letter pairs, is rare outside
 * NINOs; the shapes that resemble it (Companies House numbers `SC123456`, `NI123456`, part and tracking
 * codes) lack the suffix or carry more digits, and a number after "part no", "order", "serial" or an
 * example word is sunk by the negative rules. A number without its suffix is `weak` and needs a keyword
 * or a column header. Upper case only, as HMRC prints it: `ab123456c` in running text is not looked for.
 */
import type { Pattern, Recognizer, Validation } from '../../types';
import { outcomeOf } from '../../../identifiers/types';
import * as nino from '../../../identifiers/gb/nino';
import { bounded } from './boundaries';
import { NON_PERSONAL_NUMBER_RULES } from './context-words';
import { EXAMPLE_NUMBER_RULE } from './example-words';
import { maskAllButTwo } from './mask-tail';

/** Keyword weight: the maximum, because a number without its suffix is reported only with a keyword. */
const KEYWORD = 0.4;

/** Not the word "NI" alone: it is Swedish for "you". */
// prettier-ignore
const NINO_WORDS: readonly string[] = [
  'national insurance', 'national insurance number', 'national insurance no', 'national insurance no.',
  'ni number', 'ni no', 'ni no.', 'ni nr', 'nino', 'nat ins', 'nat. ins.', 'nat ins no',
  'national insurance-nummer', 'national insurance-numret',
];

/*
 * No trigger: every match starts with two capital letters, which one regex pass over the text finds
 * faster than trying the patterns before every two-digit run (a 760 kB digit-dense CSV: 63 ms against
 * 3 ms; 3 MB of generated mail: 75 against 33).
 */
const PATTERNS: readonly Pattern[] = [
  // AB 12 34 56 C (HMRC's print form): 0.25 + prefix and suffix 0.35 = 0.6 alone; without the suffix
  // (weak, 0.35) a keyword is needed.
  {
    name: 'gb-nino-spaced',
    regex: bounded('[A-Z]{2} \\d{2} \\d{2} \\d{2}(?: [A-D])?', true),
    score: 0.25,
    group: 1,
  },
  // AB123456C: 0.2 + 0.35 = 0.55 alone; AB123456 (weak, 0.3) needs a keyword.
  { name: 'gb-nino', regex: bounded('[A-Z]{2}\\d{6}[A-D]?'), score: 0.2, group: 1 },
];

/** Allocated prefix, suffix A-D; without a suffix `weak` (the scheme's module). */
export function validateNino(value: string): Validation {
  return outcomeOf(nino.validate(value));
}

export const gbNino: Recognizer = {
  id: 'gb-nino',
  category: 'national-id',
  patterns: PATTERNS,
  validate: validateNino,
  context: [{ words: NINO_WORDS, amount: KEYWORD, before: 120, after: 40 }],
  negativeContext: [...NON_PERSONAL_NUMBER_RULES, EXAMPLE_NUMBER_RULE],
  mask: maskAllButTwo,
};
