/**
 * The number of a driving licence issued in Great Britain (DVLA): 16 characters built from the holder,
 * printed in field 5 of the card, e.g. `MORGA753116SM9IJ`:
 * - 1–5: the first five letters of the surname, padded with 9 (`MAY99`);
 * - 6: the decade digit of the year of birth; 7–8: the month of birth, plus 50 for a woman; 9–10: the day
 *   of birth; 11: the year digit of the year of birth;
 * - 12–13: the first two initials, padded with 9;
 * - 14: an arbitrary digit (9 on most); 15–16: two computer check characters, whose rule is not published.
 * So what can be checked is the structure and the birth date it encodes (the century is not in it).
 */
import { isRealDate } from '../checksums/dates';
import { fail, type IdResult } from '../types';

/** What a licence number encodes. */
export interface DrivingLicenceParsed {
  /** Month and day of birth, and the year within its century (0–99). */
  readonly birth: { readonly yearInCentury: number; readonly month: number; readonly day: number };
  readonly female: boolean;
}

/** Remove spaces, upper-case: `morga 753116 sm9ij` → `MORGA753116SM9IJ`. */
export function compact(value: string): string {
  return value.replace(/\s/g, '').toUpperCase();
}

// Surname letters then 9-padding; date digits; initial(s) then 9-padding; a digit; two check characters.
const SHAPE = /^([A-Z]{1,5}9{0,4})(\d)(\d{2})(\d{2})(\d)([A-Z][A-Z9])(\d)([A-Z0-9]{2})$/;

/** The structure, then the encoded birth date (a 29 February is accepted: the century is unknown). */
export function validate(value: string): IdResult<DrivingLicenceParsed> {
  const c = compact(value);
  if (c.length !== 16) return fail('length');
  const m = SHAPE.exec(c);
  if (m === null || (m[1] ?? '').length !== 5) return fail('format');
  const rawMonth = Number(m[3]);
  const female = rawMonth > 50;
  const month = female ? rawMonth - 50 : rawMonth;
  const day = Number(m[4]);
  const yearInCentury = Number(m[2]) * 10 + Number(m[5]);
  // Read in 2000, a leap year: any 29 February passes, and the month and the day must exist.
  if (!isRealDate(2000, month, day)) return fail('date');
  return { kind: 'valid', check: 'structure', parsed: { birth: { yearInCentury, month, day }, female } };
}

/** `MORGA 753116 SM9IJ`, or null when invalid. */
export function format(value: string): string | null {
  if (validate(value).kind === 'invalid') return null;
  const c = compact(value);
  return `${c.slice(0, 5)} ${c.slice(5, 11)} ${c.slice(11)}`;
}
