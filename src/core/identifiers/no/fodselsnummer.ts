/**
 * Reading Norwegian fødselsnummer (Skatteetaten, "Fødselsnummer"; Folkeregisterforskriften § 2-2-1):
 * `DDMMYYIIIKK`. The individual number III gives the century; D-numbers add 40 to the day,
 * H-numbers 40 to the month, synthetic test numbers (Tenor) 80 to the month.
 */
import type { CalendarDate } from '../../types';
import { isRealDate } from '../../checksums/dates';

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
