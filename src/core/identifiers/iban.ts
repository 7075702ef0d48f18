/**
 * International Bank Account Number (ISO 13616-1:2020): a country code, two check digits and a BBAN of
 * the country's registered length; ISO 7064 MOD 97-10 over BBAN + country + check digits.
 */
import { fail, type IdResult } from './types';
import { ibanLength } from './checksums/iban';
import { mod97Remainder } from './checksums/mod97';

/** The country that registered the account. */
export interface IbanParsed {
  readonly country: string;
}

/** Remove spaces and dashes and upper-case: `se45 5000 …` → `SE455000…`. */
export function compact(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

/** Shape, a registered country, its length, mod 97. */
export function validate(value: string): IdResult<IbanParsed> {
  const iban = compact(value);
  if (!/^[A-Z]{2}\d{2}[0-9A-Z]+$/.test(iban)) return fail('format');
  const country = iban.slice(0, 2);
  const length = ibanLength(country);
  if (length === undefined) return fail('component');
  if (iban.length !== length) return fail('length');
  if (mod97Remainder(iban.slice(4) + iban.slice(0, 4)) !== 1) return fail('checksum');
  return { kind: 'valid', check: 'mod97', parsed: { country } };
}

/** The print form in groups of four, or null when invalid. */
export function format(value: string): string | null {
  return validate(value).kind === 'invalid' ? null : compact(value).replace(/(.{4})(?=.)/g, '$1 ');
}
