/**
 * Words that say the number after them is an illustration, not someone's: policy text and forms show the
 * shape of an SSN or a National Insurance number with a made-up one ("format: 123-45-6789", "e.g.
 * AB 12 34 56 C"). Used by the UK and US recognizers, whose numbers carry no checksum to tell a made-up
 * number from a real one.
 */
import type { ContextRule } from '../../types';

/** Not "eg" without dots: it is Nynorsk for "I". */
// prettier-ignore
const EXAMPLE_WORDS: readonly string[] = [
  'e.g.', 'for example', 'for instance', 'example', 'such as', 'sample', 'format', 'placeholder', 'dummy',
  'fictitious', 'fake', 'till exempel', 't.ex.', 'exempel', 'exempelvis',
];

/**
 * Negative rule: an example word just before the number. −0.6, the most context may take: with a keyword
 * beside it ("your National Insurance number, e.g. AB 12 34 56 C") the number still stays under the
 * threshold.
 */
export const EXAMPLE_NUMBER_RULE: ContextRule = { words: EXAMPLE_WORDS, amount: -0.6, before: 40, after: 0 };
