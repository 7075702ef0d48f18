/**
 * US Social Security number (SSA, "Social Security Number Randomization", 2011): `AAA-GG-SSSS`, area,
 * group and serial, without a check digit. Since
 * randomization (2011-06-25) the area no longer says where or when a number was issued; what can be
 * checked is that no part is one the SSA never issues: area 000, 666 or 900-999 (the 9xx areas hold
 * ITINs and the advertising range 987-65-4320..4329), group 00, serial 0000.
 *
 * Numbers published in advertisements (078-05-1120 from a 1938 wallet insert, voided by the SSA;
 * 219-09-9999 from a Social Security Board pamphlet; 457-55-5462 from an identity-protection campaign) are
 * `invalid` (`component`), not `weak`: a draft that carries one quotes the advertisement, and reporting it
 * would block mail about no one.
 */
import { fail, type IdResult } from '../types';

/** What an SSN is made of. */
export interface SsnParsed {
  readonly area: string;
  readonly group: string;
  readonly serial: string;
}

/** Numbers printed in advertisements (compact form). */
const ADVERTISED: readonly string[] = ['078051120', '219099999', '457555462'];

/**
 * Placeholders people type for "an SSN goes here": the digits in order, or one digit nine times. Issuable on
 * paper, but in a mail they fill a form's example, so they are `invalid` like an advertised number.
 */
function isPlaceholder(c: string): boolean {
  return c === '123456789' || c === '987654321' || /^(\d)\1{8}$/.test(c);
}

/** Remove spaces and dashes: `536-90-4399` → `536904399`. */
export function compact(value: string): string {
  return value.replace(/[-\s]/g, '');
}

/** True when no part of the nine digits is one the SSA never issues. */
function issuable(area: string, group: string, serial: string): boolean {
  return area !== '000' && area !== '666' && area.charAt(0) !== '9' && group !== '00' && serial !== '0000';
}

/**
 * Nine digits, written together or as `AAA-GG-SSSS` / `AAA GG SSSS` (separators elsewhere are another
 * number's); every part issuable and not an advertised number. `valid` names the check `format`: there is
 * no checksum.
 */
export function validate(value: string): IdResult<SsnParsed> {
  const trimmed = value.trim();
  if (!/^[\d\s-]+$/.test(trimmed)) return fail('format');
  const c = compact(trimmed);
  if (c.length !== 9) return fail('length');
  // Separators, when present, sit after the area and after the group.
  if (c !== trimmed && !/^\d{3}[-\s]\d{2}[-\s]\d{4}$/.test(trimmed)) return fail('format');
  const area = c.slice(0, 3);
  const group = c.slice(3, 5);
  const serial = c.slice(5);
  if (!issuable(area, group, serial) || ADVERTISED.indexOf(c) >= 0 || isPlaceholder(c))
    return fail('component');
  return { kind: 'valid', check: 'format', parsed: { area, group, serial } };
}

/** `AAA-GG-SSSS`, or null when invalid. */
export function format(value: string): string | null {
  const r = validate(value);
  if (r.kind === 'invalid') return null;
  const { area, group, serial } = r.parsed;
  return `${area}-${group}-${serial}`;
}
