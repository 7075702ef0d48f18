/**
 * US Social Security number: `AAA-GG-SSSS`. No check digit: the identifier module only rules out the
 * parts the SSA never issues, which nine digits in a row pass nine times in ten. So a keyword ("SSN",
 * "social security", "SS#") or a column header is REQUIRED for every shape, the separated one included:
 * `123-45-6789` is also a reference, a case or a part number, and a bare nine-digit run is anything.
 * The negative rules sink a number after an order, invoice, serial or phone word, and an example
 * ("e.g. 123-45-6789") in policy text that names the SSN.
 */
import type { PatternTrigger, Recognizer, Validation } from '../../types';
import { outcomeOf } from '../../../identifiers/types';
import * as ssn from '../../../identifiers/us/ssn';
import { bounded } from './boundaries';
import { NON_PERSONAL_NUMBER_RULES } from './context-words';
import { EXAMPLE_NUMBER_RULE } from './example-words';
import { maskAllButTwo } from './mask-tail';

/** Keyword weight: the maximum, because without a keyword an SSN is never reported. */
const KEYWORD = 0.4;

// prettier-ignore
const SSN_WORDS: readonly string[] = [
  'ssn', 'ssns', 'ssn#', 'ss#', 'ss no', 'ss no.', 'ss number', 'social security', 'social security number',
  'social security no', 'social security no.', 'social security #', 'soc sec', 'soc. sec.', 'soc sec no',
  'socialförsäkringsnummer', 'social security-nummer', 'social security-numret',
  // US tax forms that carry a person's SSN: "to file the 1099-NEC for our contractor", "on the W-9"
  'w-9', 'w9', 'w-2', '1099', '1099-nec', '1099-misc', 'taxpayer id', 'taxpayer identification number', 'itin',
];

/**
 * The compact shape is tried only where nine digits begin (one boundary character before them). The
 * separated shapes have no trigger: in digit-dense tables a pattern tried before every three-digit run cost
 * more than one regex pass over the text (a 760 kB CSV: 105 ms against 40 ms for this recognizer).
 */
const NINE_DIGITS: PatternTrigger = { kind: 'digit-run', length: 9, reach: 16, lead: 1 };

/** Issuable area, group and serial, not an advertised number (the scheme's module). */
export function validateSsn(value: string): Validation {
  return outcomeOf(ssn.validate(value));
}

export const usSsn: Recognizer = {
  id: 'us-ssn',
  category: 'national-id',
  patterns: [
    // AAA-GG-SSSS: 0.1 + 0.35 = 0.45 (< 0.5): needs a keyword
    {
      name: 'us-ssn-separated',
      regex: bounded('\\d{3}-\\d{2}-\\d{4}'),
      score: 0.1,
      group: 1,
    },
    // AAA GG SSSS
    {
      name: 'us-ssn-spaced',
      regex: bounded('\\d{3} \\d{2} \\d{4}', true),
      score: 0.05,
      group: 1,
    },
    // AAAGGSSSS: with a keyword 0 + 0.35 + 0.4 = 0.75
    { name: 'us-ssn-compact', regex: bounded('\\d{9}'), score: 0, group: 1, trigger: NINE_DIGITS },
  ],
  validate: validateSsn,
  context: [{ words: SSN_WORDS, amount: KEYWORD, before: 120, after: 40 }],
  negativeContext: [...NON_PERSONAL_NUMBER_RULES, EXAMPLE_NUMBER_RULE],
  mask: maskAllButTwo,
};
