/**
 * Luhn mod-10 check digit (ISO/IEC 7812-1:2017 Annex B; also SS 13 40 33 / Skatteverket SKV 704 for
 * Swedish personnummer, samordningsnummer and organisationsnummer, and payment cards).
 *
 * From the rightmost digit (the check digit), every second digit is doubled and its digits summed;
 * the total of all digits must be a multiple of 10.
 */
import { compactNumber, invalid, isDigits, valid, type ChecksumResult } from './result';

/** Strip spaces, dashes, dots, plus signs and slashes. */
export function compact(value: string): string {
  return compactNumber(value);
}

/** The Luhn sum (mod 10) of a digit string whose last digit is the check digit. 0 means valid. */
export function luhnRemainder(digits: string): number {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10;
}

/** The check digit to append to `payload` (digits only) so that the whole passes Luhn. */
export function checkDigit(payload: string): number {
  return (10 - luhnRemainder(`${payload}0`)) % 10;
}

/** Validate a number whose last digit is a Luhn check digit (separators allowed). */
export function validate(value: string): ChecksumResult {
  const digits = compact(value);
  if (!isDigits(digits)) return invalid('format');
  if (digits.length < 2) return invalid('length');
  return luhnRemainder(digits) === 0 ? valid('luhn') : invalid('checksum');
}

/** True when `value` passes {@link validate}. */
export function isValid(value: string): boolean {
  return validate(value).kind === 'valid';
}
