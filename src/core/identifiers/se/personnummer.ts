/**
 * Swedish personnummer (Skatteverket SKV 704; Folkbokföringslagen 18 §): `YYMMDD-NNNC`, `YYMMDD+NNNC`
 * from the year the holder turns 100, or `YYYYMMDDNNNC`; Luhn over the ten-digit form.
 * `compact`, `validate`, `format` and `formatLong` follow one contract for every scheme in this folder;
 * `searchForms` gives the spellings a stored text may hold, for a data-subject search.
 */
import type { CalendarDate, IdResult } from '../types';
import { ageOn } from '../checksums/dates';
import { validateSwedish, type SwedishParsed, type SwedishRules } from './civic-number';

export type { SwedishParsed } from './civic-number';

const RULES: SwedishRules = { dayOffset: 0, interim: false, allowUnknownDate: false };

/** Remove spaces, dashes, plus signs and a line break: `850709-9805` → `8507099805`. */
export function compact(value: string): string {
  return value.replace(/[\s\-+]/g, '');
}

/** Shape, a real birth date not in the future, the century rule and the Luhn digit. */
export function validate(value: string, today: CalendarDate): IdResult<SwedishParsed> {
  return validateSwedish(value, today, RULES);
}

/** The ten-digit check form with the separator today's date gives (`+` from the 100th birthday). */
export function formatParsed(parsed: SwedishParsed, today: CalendarDate): string {
  const n = parsed.number;
  const b = parsed.birth;
  const birth = { year: b.year, month: Math.max(b.month, 1), day: Math.max(b.day, 1) };
  const separator = ageOn(birth, today) >= 100 ? '+' : '-';
  return `${n.luhnDigits.slice(0, 6)}${separator}${n.serial}`;
}

/** The twelve-digit form with the full birth year: `19850709-9805`. */
export function formatLongParsed(parsed: SwedishParsed): string {
  return `${String(parsed.birth.year).slice(0, 2)}${parsed.number.luhnDigits.slice(0, 6)}-${parsed.number.serial}`;
}

/** `YYMMDD-NNNC` (or `+`), or null when `value` is not a valid personnummer. */
export function format(value: string, today: CalendarDate): string | null {
  const r = validate(value, today);
  return r.kind === 'invalid' ? null : formatParsed(r.parsed, today);
}

/** `YYYYMMDD-NNNC`, or null when `value` is not a valid personnummer. */
export function formatLong(value: string, today: CalendarDate): string | null {
  const r = validate(value, today);
  return r.kind === 'invalid' ? null : formatLongParsed(r.parsed);
}

/**
 * Every spelling of a valid number that a file name or address list may hold (ten and twelve digits,
 * with and without the separator); `[]` when `value` is not a valid personnummer or samordningsnummer.
 */
export function searchForms(value: string, today: CalendarDate, rules: SwedishRules = RULES): string[] {
  const r = validateSwedish(value.trim(), today, rules);
  if (r.kind === 'invalid') return [];
  const short = formatParsed(r.parsed, today);
  const long = formatLongParsed(r.parsed);
  return [short, compact(short), long, compact(long)];
}
