/**
 * International Bank Account Number (ISO 13616-1:2020): two-letter country code, two check digits,
 * a country-specific BBAN; the length is fixed per country (`iban-lengths.ts`) and the check is
 * ISO 7064 MOD 97-10 over the BBAN followed by the country code and check digits (`mod97.ts`).
 */
import { invalid, valid, type ChecksumResult } from './result';
import { IBAN_LENGTHS } from './iban-lengths';
import { compact as compactMod97, mod97Remainder } from './mod97';

/** Remove spaces and dashes and upper-case: `SE45 5000 0000 …` → `SE4550000000…`. */
export function compact(value: string): string {
  return compactMod97(value);
}

/** The registered length of IBANs of `country` (upper case), or undefined when it has none. */
export function ibanLength(country: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(IBAN_LENGTHS, country) ? IBAN_LENGTHS[country] : undefined;
}

/** Validate an IBAN (with or without spaces). */
export function validate(value: string): ChecksumResult {
  const iban = compact(value);
  if (!/^[A-Z]{2}\d{2}[0-9A-Z]+$/.test(iban)) return invalid('format');
  const length = ibanLength(iban.slice(0, 2));
  if (length === undefined) return invalid('component');
  if (iban.length !== length) return invalid('length');
  return mod97Remainder(iban.slice(4) + iban.slice(0, 4)) === 1 ? valid('mod97') : invalid('checksum');
}

/** True when `value` passes {@link validate}. */
export function isValid(value: string): boolean {
  return validate(value).kind === 'valid';
}
