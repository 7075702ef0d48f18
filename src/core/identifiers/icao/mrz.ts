/**
 * The machine-readable zone of a passport (ICAO Doc 9303 part 4, the TD3 format): the second of its two
 * 44-character lines holds the document number, nationality, birth date, sex and expiry, each number with a
 * check digit, and a composite check digit over them all. A passport's MRZ pasted into a mail ("the bottom
 * lines of the scan") carries the document number and the date of birth.
 *
 * Check digits (Doc 9303 part 3, 4.9): digits count as themselves, `A`–`Z` as 10–35 and the filler `<` as 0,
 * weighted 7, 3, 1 repeatedly; the check digit is the sum modulo 10.
 */
import { fail, type IdResult } from '../types';

/** What the second line encodes. `birth` is YYMMDD as printed: the century is not written. */
export interface MrzParsed {
  readonly documentNumber: string;
  readonly nationality: string;
  readonly birth: string;
}

/** The second line's fields by position (0-based start, length). */
const LINE = /^([A-Z0-9<]{9})(\d)([A-Z<]{3})(\d{6})(\d)([MFX<])(\d{6})(\d)([A-Z0-9<]{14})([\d<])(\d)$/;

/** The ICAO check digit of `field`. */
export function checkDigit(field: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    const value = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 90 ? c - 55 : 0;
    sum += value * (weights[i % 3] ?? 0);
  }
  return sum % 10;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether YYMMDD can be a day (the century is not known, so 29 February is allowed). */
function isDay(yymmdd: string): boolean {
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** Spaces removed, upper case. */
export function compact(value: string): string {
  return value.replace(/\s/g, '').toUpperCase();
}

/** Shape, each field's check digit, the dates, then the composite check digit. */
export function validate(value: string): IdResult<MrzParsed> {
  const c = compact(value);
  if (c.length !== 44) return fail('length');
  const m = LINE.exec(c);
  if (m === null) return fail('format');
  const [, number = '', numberCheck, nationality = '', birth = '', birthCheck, , expiry = '', expiryCheck] =
    m;
  const optional = m[9] ?? '';
  const optionalCheck = m[10] ?? '';
  if (checkDigit(number) !== Number(numberCheck)) return fail('checksum');
  if (checkDigit(birth) !== Number(birthCheck) || checkDigit(expiry) !== Number(expiryCheck))
    return fail('checksum');
  if (!isDay(birth) || !isDay(expiry)) return fail('date');
  // The optional field's check digit may be `<` when the field is empty.
  if (optionalCheck !== '<' && checkDigit(optional) !== Number(optionalCheck)) return fail('checksum');
  const composite = c.slice(0, 10) + c.slice(13, 20) + c.slice(21, 43);
  if (checkDigit(composite) !== Number(m[11])) return fail('checksum');
  return {
    kind: 'valid',
    check: 'icao-check-digits',
    parsed: { documentNumber: number.replace(/<+$/, ''), nationality, birth },
  };
}

/** The line as printed (44 characters, no spaces), or null when invalid. */
export function format(value: string): string | null {
  return validate(value).kind === 'valid' ? compact(value) : null;
}
