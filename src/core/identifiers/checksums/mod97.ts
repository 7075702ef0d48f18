/**
 * ISO 7064 MOD 97-10 (the IBAN check of ISO 13616-1:2020, clause 7; also used by the Creditor
 * Reference RF of ISO 11649). Letters count as two digits, A = 10 … Z = 35; the whole, read as one
 * number, must leave remainder 1 when divided by 97.
 *
 * This module checks a value that is already in check order (for an IBAN: country code and check
 * digits moved to the end, see `iban.ts`).
 */
import { invalid, valid, type ChecksumResult } from './result';

/** Remove spaces and dashes and upper-case: `se45 5000` → `SE455000`. */
export function compact(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

/** The remainder mod 97 of an upper-case alphanumeric string (letters expanded), or NaN for other characters. */
export function mod97Remainder(alphanumeric: string): number {
  let remainder = 0;
  for (let i = 0; i < alphanumeric.length; i++) {
    const code = alphanumeric.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      remainder = (remainder * 10 + (code - 48)) % 97;
    } else if (code >= 65 && code <= 90) {
      // A letter is the two-digit number 10..35: shift by 100, not 10.
      remainder = (remainder * 100 + (code - 55)) % 97;
    } else {
      return NaN;
    }
  }
  return remainder;
}

/** Validate a value in check order: alphanumeric, and remainder 1 mod 97. */
export function validate(value: string): ChecksumResult {
  const compacted = compact(value);
  if (!/^[0-9A-Z]+$/.test(compacted)) return invalid('format');
  if (compacted.length < 3) return invalid('length');
  return mod97Remainder(compacted) === 1 ? valid('mod97') : invalid('checksum');
}

/** True when `value` passes {@link validate}. */
export function isValid(value: string): boolean {
  return validate(value).kind === 'valid';
}
