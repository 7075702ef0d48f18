/**
 * Reading Norwegian fødselsnummer (Skatteetaten, "Fødselsnummer"; Folkeregisterforskriften § 2-2-1):
 * `DDMMYYIIIKK`. The individual number III gives the century; D-numbers add 40 to the day,
 * H-numbers 40 to the month, synthetic test numbers (Tenor) 80 to the month. Two mod-11 check digits;
 * from 2032 the first may leave remainder 0-3 (see checksums/mod11.ts).
 */
import { fail, type CalendarDate, type IdResult } from '../types';
import { isFuture, isRealDate } from '../checksums/dates';
import { norwegianCheckRule } from '../checksums/mod11';

/** What kind of number the date offsets say it is. */
export type NorwegianKind = 'fodselsnummer' | 'd-number' | 'h-number' | 'synthetic';

/** A parsed Norwegian number: its birth date (not yet checked) and kind. */
export interface NorwegianNumber {
  readonly kind: NorwegianKind;
  readonly birth: CalendarDate;
  readonly digits: string;
}

/**
 * Century from the individual number (Skatteetaten's table): 000-499 → 1900s; 500-749 with year
 * 54-99 → 1800s; 500-999 with year 00-39 → 2000s; 900-999 with year 40-99 → 1900s; otherwise none.
 */
export function norwegianCentury(individual: number, yy: number): number | null {
  if (individual <= 499) return 1900;
  if (individual <= 749 && yy >= 54) return 1800;
  if (yy <= 39) return 2000;
  if (individual >= 900) return 1900;
  return null;
}

/** Parse 11 digits (separators removed); null when the shape or century is impossible. */
export function readNorwegianNumber(value: string): NorwegianNumber | null {
  const digits = value.replace(/[-\s>]/g, '');
  if (!/^\d{11}$/.test(digits)) return null;
  let day = Number(digits.slice(0, 2));
  let month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  let kind: NorwegianKind = 'fodselsnummer';
  if (month > 80) {
    month -= 80;
    kind = 'synthetic';
  } else if (month > 40) {
    month -= 40;
    kind = 'h-number';
  }
  if (day > 40) {
    day -= 40;
    if (kind === 'fodselsnummer') kind = 'd-number';
  }
  const century = norwegianCentury(Number(digits.slice(6, 9)), yy);
  if (century === null) return null;
  return { kind, birth: { year: century + yy, month, day }, digits };
}

/** True when the birth date exists in the calendar. */
export function hasRealBirthDate(n: NorwegianNumber): boolean {
  return isRealDate(n.birth.year, n.birth.month, n.birth.day);
}

/** Remove spaces, dashes and a quote prefix: `130972 48022` → `13097248022`. */
export function compact(value: string): string {
  return value.replace(/[-\s>]/g, '');
}

/**
 * Shape, century, a real date not in the future, both check digits. Synthetic numbers (month + 80)
 * belong to no one: `weak`.
 */
export function validate(value: string, today: CalendarDate): IdResult<NorwegianNumber> {
  const n = readNorwegianNumber(value);
  if (n === null) return /^\d{11}$/.test(compact(value)) ? fail('date') : fail('format');
  if (!hasRealBirthDate(n) || isFuture(n.birth, today)) return fail('date');
  if (norwegianCheckRule(n.digits) === null) return fail('checksum');
  return n.kind === 'synthetic'
    ? { kind: 'weak', check: 'mod11', why: 'synthetic-test-number', parsed: n }
    : { kind: 'valid', check: 'mod11', parsed: n };
}

/** `DDMMYY IIIKK`, as Norwegian documents print it, or null when invalid. */
export function format(value: string, today: CalendarDate): string | null {
  const r = validate(value, today);
  return r.kind === 'invalid' ? null : `${r.parsed.digits.slice(0, 6)} ${r.parsed.digits.slice(6)}`;
}
