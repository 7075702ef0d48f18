/**
 * Calendar helpers for the date part of identity numbers: real dates (Gregorian leap years), date
 * order, and the Swedish two-digit-year century rule (Folkbokföringslagen 18 §: the separator is `-`
 * until the year the holder turns 100, then `+`). Pure: "today" is always passed in.
 */
import type { CalendarDate } from '../types';

/** Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1-12) of `year`; 0 for a month out of range. */
export function daysInMonth(year: number, month: number): number {
  if (month < 1 || month > 12) return 0;
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when year-month-day exists in the Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && day >= 1 && day <= daysInMonth(year, month);
}

/** Negative when `a` is before `b`, 0 when equal, positive when after. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** True when `date` is after `today`. */
export function isFuture(date: CalendarDate, today: CalendarDate): boolean {
  return compareDates(date, today) > 0;
}

/** Parse exactly two ASCII digits at `offset`, or NaN. */
export function twoDigits(text: string, offset: number): number {
  const a = text.charCodeAt(offset) - 48;
  const b = text.charCodeAt(offset + 1) - 48;
  if (a < 0 || a > 9 || b < 0 || b > 9) return NaN;
  return a * 10 + b;
}

/**
 * The full year of a Swedish `YYMMDD` date: the latest year ending in `yy` whose `month-day` is not
 * after today, minus 100 when the separator is `+` (the holder has turned 100).
 * Month/day 0 (unknown, samordningsnummer) count as the first of the year/month for this rule.
 */
export function swedishFullYear(
  yy: number,
  month: number,
  day: number,
  plus: boolean,
  today: CalendarDate,
): number {
  let year = today.year - ((((today.year - yy) % 100) + 100) % 100);
  if (compareDates({ year, month: Math.max(month, 1), day: Math.max(day, 1) }, today) > 0) year -= 100;
  return plus ? year - 100 : year;
}

/** Age in whole years on `today` of someone born on `birth`. */
export function ageOn(birth: CalendarDate, today: CalendarDate): number {
  const years = today.year - birth.year;
  return today.month > birth.month || (today.month === birth.month && today.day >= birth.day)
    ? years
    : years - 1;
}
