/**
 * UK National Insurance number (HMRC, National Insurance Manual NIM39110): a two-letter prefix, six
 * digits and a suffix letter A-D, printed `AB 12 34 56 C`. There is no check character; what can be
 * checked is the prefix: the first letter is never D F I Q U V, the second never D F I O Q U V, and the
 * prefixes BG GB KN NK NT TN ZZ are not allocated (TN is the temporary-number prefix; HMRC's own
 * example `QQ 12 34 56 C` fails on purpose).
 *
 * The suffix may be absent: some payroll and benefit systems store the eight characters only, so a
 * number without one is `weak` (well-formed, but the missing letter proves less), not invalid.
 */
import { fail, type IdResult } from '../types';

/** What a National Insurance number is made of. */
export interface NinoParsed {
  readonly prefix: string;
  readonly digits: string;
  /** `A`-`D`, or null when the number was written without its suffix. */
  readonly suffix: string | null;
}

/** Letters never used first, and never used second, in a prefix. */
const NOT_FIRST = 'DFIQUV';
const NOT_SECOND = 'DFIOQUV';

/** Prefixes HMRC does not allocate (administrative, temporary, or reserved). */
const UNALLOCATED_PREFIXES: readonly string[] = ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'];

/** Remove spaces and dashes, upper-case: `ab 12 34 56 c` → `AB123456C`. */
export function compact(value: string): string {
  return value.replace(/[-\s]/g, '').toUpperCase();
}

/** True when `prefix` (two upper-case letters) may start an allocated number. */
export function isAllocatedPrefix(prefix: string): boolean {
  const first = prefix.charAt(0);
  const second = prefix.charAt(1);
  return (
    NOT_FIRST.indexOf(first) < 0 && NOT_SECOND.indexOf(second) < 0 && UNALLOCATED_PREFIXES.indexOf(prefix) < 0
  );
}

/** Shape, then prefix, then suffix; a number without its suffix is `weak` (`no-suffix`). */
export function validate(value: string): IdResult<NinoParsed> {
  const c = compact(value);
  if (!/^[A-Z0-9]+$/.test(c)) return fail('format');
  // Two letters, the digits, an optional suffix letter: anything else is the wrong shape.
  const m = /^([A-Z]{2})(\d+)([A-Z]?)$/.exec(c);
  if (m === null) return fail('format');
  const prefix = m[1] ?? '';
  const digits = m[2] ?? '';
  const suffix = m[3] ?? '';
  if (digits.length !== 6) return fail('length');
  if (!isAllocatedPrefix(prefix)) return fail('component');
  if (suffix === '')
    return { kind: 'weak', check: 'format', why: 'no-suffix', parsed: { prefix, digits, suffix: null } };
  if ('ABCD'.indexOf(suffix) < 0) return fail('component');
  return { kind: 'valid', check: 'format', parsed: { prefix, digits, suffix } };
}

/** `AB 12 34 56 C` (or `AB 12 34 56` without a suffix), or null when invalid. */
export function format(value: string): string | null {
  const r = validate(value);
  if (r.kind === 'invalid') return null;
  const { prefix, digits, suffix } = r.parsed;
  const grouped = `${prefix} ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)}`;
  return suffix === null ? grouped : `${grouped} ${suffix}`;
}
