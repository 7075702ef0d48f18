import type { PatternTrigger } from '../../types';

/**
 * Digit-run boundaries for identity-number patterns, without lookbehind (ES2016 runtimes).
 *
 * A number must not continue a longer token: the character before may not be a digit, an ASCII letter,
 * `+` (phone numbers), `-` or `.` (serials, versions, decimals); the character after may not be a digit
 * or letter, nor a separator followed by a digit (`850709-9805-12`, `...9805.3`). Commas, colons,
 * semicolons, brackets, slashes (`/hr/850709-9805.pdf` is a leak too) and whitespace are fine.
 * Patterns put the value in capture group 1; the engine locates it inside the match.
 */

/** Consumes the character before the value (or the start of the text). */
export const BEFORE = '(?:^|[^\\dA-Za-z+\\-.])';

/** Asserts nothing number-like follows the value. */
export const AFTER = '(?![\\dA-Za-z]|[-+.,/:]\\d)';

/**
 * For space-separated shapes (`850709 9805`): the value may not be the tail of a longer spaced digit
 * group (`12 850709 9805`), so a single space before it must itself follow a non-digit. Two or more
 * blanks are a column gap ("Thomas Vik      220881 21582"), not a digit group's separator.
 */
export const BEFORE_SPACED = '(?:^|^[ \\t]|[^\\dA-Za-z+\\-. \\t]|[^\\d\\s][ \\t]|[ \\t]{2})';

/** For space-separated shapes: no further spaced digit group after the value. */
export const AFTER_SPACED = '(?![\\dA-Za-z]|[-+.,/: ]\\d)';

/**
 * Every identity-number shape holds a run of at least six digits (the birth date or more): patterns
 * with this trigger only run around such runs. The reach covers a century prefix, separators, the
 * serial and letters (`19850709-9805`, `XP1234567`, `SE 556677889901`). A match begins with its
 * boundary character(s) and at most three characters before the digits (`SE `, two letters), never
 * inside a run (the boundary excludes a digit before the value): `lead` 4.
 */
export const SIX_DIGITS: PatternTrigger = { kind: 'digit-run', length: 6, reach: 24, lead: 4 };

/** Build a global pattern regex with the value in group 1. `body` must not contain capture groups. */
export function bounded(body: string, spaced = false): RegExp {
  return new RegExp(`${spaced ? BEFORE_SPACED : BEFORE}(${body})${spaced ? AFTER_SPACED : AFTER}`, 'g');
}
