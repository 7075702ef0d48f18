/**
 * Reading and checking the Swedish civic number family (Skatteverket SKV 704, Folkbokföringslagen
 * 18 §, SKV 707 for samordningsnummer): `[CC]YYMMDD[-+ ]NNNC`, Luhn over the ten-digit form.
 */
import { fail, type CalendarDate, type IdResult } from '../types';
import { luhnRemainder } from '../checksums/luhn';
import { ageOn, isFuture, isRealDate, swedishFullYear } from '../checksums/dates';

/** The parts of a Swedish civil number as written. */
export interface SwedishNumber {
  /** `18`, `19` or `20` for the twelve-digit form, `''` for the ten-digit form. */
  readonly century: string;
  readonly yy: number;
  readonly month: number;
  /** As written: samordningsnummer carry day + 60. */
  readonly day: number;
  readonly separator: '' | '-' | '+' | ' ';
  /** The last four characters: `NNNC`, or `XNNN` for an interim number. */
  readonly serial: string;
  /** The ten-digit form the Luhn check runs over (an interim letter counts as 1). */
  readonly luhnDigits: string;
}

// Century (optional, 18/19/20), YYMMDD, optional separator, serial (an interim letter may lead it).
const SHAPE = /^(18|19|20)?(\d{2})(\d{2})(\d{2})([-+ ]?)([\dTRSUWXJKLMN]\d{3})$/;

/**
 * Parse a candidate. A seven- to nine-digit value is a ten-digit number whose leading zeros a
 * spreadsheet dropped (2000s births: `010101-1234` stored as `10101-1234`, `0002292399` as `2292399`).
 */
export function readSwedishNumber(value: string): SwedishNumber | null {
  // A number broken over two lines ("850709-" / "9805", a quoted "> " prefix included) reads as one.
  const restored = restoreLeadingZeros(value.replace(/[ \t]*\r?\n[ \t>]*/g, ''));
  const m = SHAPE.exec(restored);
  if (m === null) return null;
  const serial = m[6] ?? '';
  const date = `${m[2] ?? ''}${m[3] ?? ''}${m[4] ?? ''}`;
  return {
    century: m[1] ?? '',
    yy: Number(m[2]),
    month: Number(m[3]),
    day: Number(m[4]),
    separator: (m[5] ?? '') as SwedishNumber['separator'],
    serial,
    luhnDigits: date + serial.replace(/[TRSUWXJKLMN]/, '1'),
  };
}

/** Left-pad the date part with the zeros a spreadsheet dropped; other values are returned as they are. */
export function restoreLeadingZeros(value: string): string {
  const zeros = '000';
  if (/^\d{7,9}$/.test(value)) return zeros.slice(0, 10 - value.length) + value;
  const separated = /^(\d{3,5})([-+]\d{4})$/.exec(value);
  if (separated !== null) return zeros.slice(0, 6 - (separated[1] ?? '').length) + value;
  return value;
}

/** True when the Luhn check over the ten-digit form passes. */
export function swedishLuhnOk(n: SwedishNumber): boolean {
  return luhnRemainder(n.luhnDigits) === 0;
}

/**
 * The full birth year: from the century when written, else from the separator and today (`+` means
 * 100 or older). A `+` on a twelve-digit number must agree with the holder's age.
 */
export function birthYear(n: SwedishNumber, month: number, day: number, today: CalendarDate): number | null {
  if (n.century === '') return swedishFullYear(n.yy, month, day, n.separator === '+', today);
  const year = Number(n.century) * 100 + n.yy;
  if (n.separator === '+' && ageOn({ year, month: Math.max(month, 1), day: Math.max(day, 1) }, today) < 100)
    return null;
  return year;
}

/** Which member of the family a recognizer checks for. */
export interface SwedishRules {
  /** 0 for personnummer and interim numbers, 60 for samordningsnummer. */
  readonly dayOffset: 0 | 60;
  /** Interim numbers carry a letter first in the serial; the others only digits. */
  readonly interim: boolean;
  /**
   * Accept month 00 and day 00 (written day 60) as a `weak` result: Skatteverket's test
   * samordningsnummer use them for an unknown birth date.
   */
  readonly allowUnknownDate: boolean;
}

/** How recent a twelve-digit compact number's date may be before it reads as a timestamp. */
const TIMESTAMP_YEARS = 5;
/** How recent `YYYYMMDD-HHMM` may be before it reads as a date and a clock time (a log line, a file name). */
const STAMP_WITH_DASH_YEARS = 2;

/**
 * A twelve-digit number that reads like a timestamp: `YYYYMMDDNNNC` with a date in the last five years
 * (`202611041230`), or `YYYYMMDD-NNNC` with a date in the last two years whose last four digits are a
 * clock time (`20261203-2215`). A checksum passes one time in ten by chance, so either counts only as a
 * weak result: an identity keyword or a person's name beside it still makes it a finding.
 */
function readsAsTimestamp(value: string, n: SwedishNumber, year: number, today: CalendarDate): boolean {
  if (n.century === '' || /\s/.test(value)) return false;
  const age = ageOn({ year, month: Math.max(n.month, 1), day: Math.min(Math.max(n.day, 1), 28) }, today);
  if (n.separator === '') return age < TIMESTAMP_YEARS;
  return n.separator === '-' && age < STAMP_WITH_DASH_YEARS && isClockTime(n.serial);
}

/** `HHMM` with hours 00-23 and minutes 00-59. */
function isClockTime(fourDigits: string): boolean {
  return /^(?:[01]\d|2[0-3])[0-5]\d$/.test(fourDigits);
}

/** What a valid Swedish civic number encodes: its parts and the birth date (month/day 0 when unknown). */
export interface SwedishParsed {
  readonly number: SwedishNumber;
  readonly birth: CalendarDate;
}

/** Check shape, date (real, not in the future, century rule) and the Luhn check digit. */
export function validateSwedish(
  value: string,
  today: CalendarDate,
  rules: SwedishRules,
): IdResult<SwedishParsed> {
  const n = readSwedishNumber(value);
  if (n === null) return fail('format');
  if (/^\d/.test(n.serial) === rules.interim) return fail('format');
  // The birth number (the three serial digits before the check digit) 000 is never issued.
  if (n.serial.slice(0, 3) === '000') return fail('component');
  const day = n.day - rules.dayOffset;
  const unknown =
    rules.allowUnknownDate && (n.month === 0 || day === 0) && n.month <= 12 && day >= 0 && day <= 31;
  const year = birthYear(n, n.month, day, today);
  if (year === null) return fail('date');
  // Skatteverket issues samordningsnummer with day 61-91 in any month ("31 April + 60"): its own test
  // lists hold them, so only the day range is checked for them, not the calendar.
  const coordinationDay = rules.dayOffset === 60 && n.month >= 1 && n.month <= 12 && day >= 1 && day <= 31;
  if (!unknown && !coordinationDay && !isRealDate(year, n.month, day)) return fail('date');
  if (isFuture({ year, month: Math.max(n.month, 1), day: Math.max(day, 1) }, today)) return fail('date');
  if (!swedishLuhnOk(n)) return fail('checksum');
  const parsed = { number: n, birth: { year, month: n.month, day } };
  if (readsAsTimestamp(value, n, year, today))
    return { kind: 'weak', check: 'luhn', why: 'recent-date-timestamp-shape', parsed };
  return unknown
    ? { kind: 'weak', check: 'luhn', why: 'unknown-birth-date', parsed }
    : { kind: 'valid', check: 'luhn', parsed };
}
