/**
 * Swedish organisationsnummer (Bolagsverket / Skatteverket SKV 709): `NNNNNN-NNNC`; digits 3-4 are 20
 * or more (so it is never a personnummer), the first digit is not 0, Luhn over the ten digits. Also
 * written `16NNNNNNNNNN` in registers and `SE NNNNNNNNNN 01` as a VAT number.
 */
import { fail, type IdResult } from '../types';
import { luhnRemainder } from '../checksums/luhn';

/** The ten digits and the form they were written in. */
export interface OrganisationsnummerParsed {
  readonly digits: string;
  readonly written: 'plain' | 'register' | 'vat';
}

/** The ten digits of any written form: `SE556123456701` → `5561234567`; other text unchanged but compacted. */
export function compact(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (/^SE/i.test(value.trim()) && digits.length === 12) return digits.slice(0, 10);
  return digits.length === 12 && digits.slice(0, 2) === '16' ? digits.slice(2) : digits;
}

/** Length (and the VAT `01` suffix), the company digit range, the Luhn digit. */
export function validate(value: string): IdResult<OrganisationsnummerParsed> {
  const vat = /^SE/i.test(value);
  const digits = value.replace(/\D/g, '');
  const register = !vat && digits.length === 12 && digits.slice(0, 2) === '16';
  const ten = vat ? digits.slice(0, 10) : register ? digits.slice(2) : digits;
  if (ten.length !== 10 || (vat && digits.slice(10) !== '01')) return fail('length');
  if (ten.charAt(0) === '0' || Number(ten.slice(2, 4)) < 20) return fail('component');
  if (luhnRemainder(ten) !== 0) return fail('checksum');
  return {
    kind: 'valid',
    check: 'luhn',
    parsed: { digits: ten, written: vat ? 'vat' : register ? 'register' : 'plain' },
  };
}

/** `NNNNNN-NNNC`, or null when invalid. */
export function format(value: string): string | null {
  const r = validate(value);
  return r.kind === 'invalid' ? null : `${r.parsed.digits.slice(0, 6)}-${r.parsed.digits.slice(6)}`;
}
