/**
 * A date written as numbers: `1985-05-12`, `12/05/1985`, `12.5.1985`. Day/month order is European (day first),
 * as in the Nordic countries; a slashed date that cannot be read day first is read month first (`03/14/1988`,
 * US forms). `written-dates.ts` adds month names; the on-send build reads numbers only (its stand-in).
 */
import type { CalendarDate } from '../../types';
import { isRealDate } from '../../../identifiers/checksums/dates';

/** The date when it is real (and the month known), else null. */
export function dateOf(year: number, month: number | undefined, day: number): CalendarDate | null {
  return month !== undefined && isRealDate(year, month, day) ? { year, month, day } : null;
}

/** The calendar date `text` (trimmed) writes as numbers; null when it is not one or not a real date. */
export function readNumericDate(text: string): CalendarDate | null {
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m !== null) return dateOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m === null) return null;
  const dayFirst = dateOf(Number(m[3]), Number(m[2]), Number(m[1]));
  if (dayFirst !== null || text.indexOf('/') < 0) return dayFirst;
  return dateOf(Number(m[3]), Number(m[1]), Number(m[2]));
}
