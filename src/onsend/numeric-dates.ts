/**
 * Stands in for `src/core/detection/recognizers/personal/written-dates.ts` in onsend.js (a webpack alias):
 * dates are read as numbers only (`1985-05-12`, `12.5.1985`), not with month names in five languages. A date of
 * birth is a warning, which decides nothing on send but in a list of people, and lists write their dates as
 * numbers; the month table's bytes go to the sensitive-data detector
 * (docs/adr/0056-warnings-left-to-the-pane.md). The task pane reads "12 maj 1985" as before.
 */
import type { CalendarDate, Pattern } from '../core/detection/types';
import { readNumericDate } from '../core/detection/recognizers/personal/numeric-dates';

/** No patterns of dates with month names: the pane has them. */
export function monthNamePatterns(): Pattern[] {
  return [];
}

/** The calendar date written in `value` as numbers, or null. */
export function readWrittenDate(value: string): CalendarDate | null {
  return readNumericDate(value.trim());
}
