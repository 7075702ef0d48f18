/**
 * Danish CPR number (CPR-kontoret, "Personnummeret i CPR"): `DDMMYY-SSSS`. The century follows from the
 * first serial digit and the year. Numbers issued since 2007-10-01 need not pass mod 11, so a failing
 * mod 11 gives a `weak` result, not an invalid one.
 */
import { fail, type CalendarDate, type IdResult } from '../types';
import { DK_CPR_WEIGHTS, weightedRemainder } from '../checksums/mod11';
import { isFuture, isRealDate } from '../checksums/dates';

/**
 * Century from the first serial digit (CPR-kontoret's table): 0-3 → 1900s; 4 and 9 → 2000s for
 * years 00-36, else 1900s; 5-8 → 2000s for years 00-57, else 1800s.
 */
export function danishCentury(firstSerialDigit: number, yy: number): number {
  if (firstSerialDigit <= 3) return 1900;
  if (firstSerialDigit === 4 || firstSerialDigit === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

/** The birth date a CPR number's ten digits encode (not checked for existence). */
export function danishBirthDate(digits: string): CalendarDate {
  const yy = Number(digits.slice(4, 6));
  return {
    year: danishCentury(Number(digits.charAt(6)), yy) + yy,
    month: Number(digits.slice(2, 4)),
    day: Number(digits.slice(0, 2)),
  };
}

/** What a CPR number encodes. */
export interface CprParsed {
  readonly digits: string;
  readonly birth: CalendarDate;
}

/** Remove spaces, dashes and a quote prefix: `150785-1234` → `1507851234`. */
export function compact(value: string): string {
  return value.replace(/[-\s>]/g, '');
}

/** Ten digits, a real birth date not in the future; mod 11 decides between `valid` and `weak`. */
export function validate(value: string, today: CalendarDate): IdResult<CprParsed> {
  const digits = compact(value);
  if (!/^\d+$/.test(digits)) return fail('format');
  if (digits.length !== 10) return fail('length');
  const birth = danishBirthDate(digits);
  if (!isRealDate(birth.year, birth.month, birth.day) || isFuture(birth, today)) return fail('date');
  const parsed = { digits, birth };
  return weightedRemainder(digits, DK_CPR_WEIGHTS) === 0
    ? { kind: 'valid', check: 'mod11', parsed }
    : { kind: 'weak', check: 'date', why: 'no-mod11-since-2007', parsed };
}

/** `DDMMYY-SSSS`, or null when invalid. */
export function format(value: string, today: CalendarDate): string | null {
  const r = validate(value, today);
  return r.kind === 'invalid' ? null : `${r.parsed.digits.slice(0, 6)}-${r.parsed.digits.slice(6)}`;
}
