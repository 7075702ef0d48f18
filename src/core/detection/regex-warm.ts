/**
 * Long regular expressions compiled straight to machine code. V8 first runs a new regex in its bytecode
 * interpreter and compiles machine code only once it has run (regexp tier-up), unless the subject is at
 * least 1000 characters long. For the long dictionary regexes the bytecode compile costs far more than the
 * machine code (the 26 KB health and art. 9 trie: ~18 ms against ~7 ms), and a short mail never runs them
 * long enough to earn it back, so a one-mail scan paid both. One match attempt on a blank subject of that
 * length makes V8 compile the machine code at once. What a regex matches does not depend on how it was
 * compiled; other engines just walk the blank subject once.
 */

/** V8's subject length from which a regex's first run compiles machine code (kTierUpForSubjectLength). */
const TIER_UP_SUBJECT_LENGTH = 1000;
let blank: string | undefined;

/** `re` after one run on a blank subject, `lastIndex` back at 0: compiled, not interpreted, from now on. */
export function warmRegex(re: RegExp): RegExp {
  if (blank === undefined) blank = ' '.repeat(TIER_UP_SUBJECT_LENGTH);
  re.lastIndex = 0;
  re.exec(blank);
  re.lastIndex = 0;
  return re;
}
