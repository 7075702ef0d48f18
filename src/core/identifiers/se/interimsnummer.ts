/**
 * Swedish interim number (used by regions and universities before a personnummer exists):
 * `YYMMDD-XNNN`, X one of TRSUWXJKLMN, Luhn with the letter counted as 1.
 */
import type { CalendarDate, IdResult } from '../types';
import { validateSwedish, type SwedishParsed, type SwedishRules } from './civic-number';

const RULES: SwedishRules = { dayOffset: 0, interim: true, allowUnknownDate: false };

/** Remove spaces and dashes, upper-case the letter: `850709-t123` → `850709T123`. */
export function compact(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

/** Shape (a letter first in the serial), a real date not in the future, the Luhn digit. */
export function validate(value: string, today: CalendarDate): IdResult<SwedishParsed> {
  return validateSwedish(value, today, RULES);
}
