/**
 * Payment card numbers (PAN, ISO/IEC 7812-1): 12-19 digits issued by a known network for that length
 * (`card-networks.ts`), the last digit a Luhn check digit.
 */
import { fail, type IdResult } from './types';
import { luhnRemainder } from './checksums/luhn';
import { cardNetwork } from './card-networks';

export { cardNetwork } from './card-networks';

/** The network that issued the number. */
export interface CardParsed {
  readonly network: string;
}

/** Remove spaces and dashes: `4111 1111 1111 1111` → `4111111111111111`. */
export function compact(value: string): string {
  return value.replace(/[\s-]/g, '');
}

/** 13-19 digits, a network that issues that prefix and length, the Luhn digit. */
export function validate(value: string): IdResult<CardParsed> {
  const digits = compact(value);
  if (!/^\d+$/.test(digits)) return fail('format');
  if (digits.length < 13 || digits.length > 19) return fail('length');
  const network = cardNetwork(digits);
  if (network === undefined) return fail('component');
  if (luhnRemainder(digits) !== 0) return fail('checksum');
  return { kind: 'valid', check: 'luhn', parsed: { network } };
}

/** Groups of four (American Express 4-6-5, Diners 14 digits 4-6-4), or null when invalid. */
export function format(value: string): string | null {
  const r = validate(value);
  if (r.kind === 'invalid') return null;
  const digits = compact(value);
  if (r.parsed.network === 'amex' || (r.parsed.network === 'diners' && digits.length === 14))
    return `${digits.slice(0, 4)} ${digits.slice(4, 10)} ${digits.slice(10)}`;
  return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
}
