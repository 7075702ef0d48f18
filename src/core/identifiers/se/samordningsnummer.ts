/**
 * Swedish samordningsnummer (Skatteverket SKV 707): a personnummer whose day carries + 60. Skatteverket
 * issues days 61-91 in any month and uses month 00 / day 60 for an unknown birth date (a `weak` result).
 */
import type { CalendarDate, IdResult } from '../types';
import { validateSwedish, type SwedishParsed, type SwedishRules } from './civic-number';
import { compact, formatLongParsed, formatParsed, searchForms as searchPersonnummer } from './personnummer';

export { compact };

export const SAMORDNINGSNUMMER_RULES: SwedishRules = {
  dayOffset: 60,
  interim: false,
  allowUnknownDate: true,
};

/** Shape, the day range (61-91) or an unknown date, the century rule and the Luhn digit. */
export function validate(value: string, today: CalendarDate): IdResult<SwedishParsed> {
  return validateSwedish(value, today, SAMORDNINGSNUMMER_RULES);
}

/** `YYMMDD-NNNC` as written (day + 60), or null when invalid. */
export function format(value: string, today: CalendarDate): string | null {
  const r = validate(value, today);
  return r.kind === 'invalid' ? null : formatParsed(r.parsed, today);
}

/** `YYYYMMDD-NNNC`, or null when invalid. */
export function formatLong(value: string, today: CalendarDate): string | null {
  const r = validate(value, today);
  return r.kind === 'invalid' ? null : formatLongParsed(r.parsed);
}

/** The spellings a stored text may hold; `[]` when invalid. */
export function searchForms(value: string, today: CalendarDate): string[] {
  return searchPersonnummer(value, today, SAMORDNINGSNUMMER_RULES);
}
