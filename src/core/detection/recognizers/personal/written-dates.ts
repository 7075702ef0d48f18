/**
 * Reading a date as people write it in Swedish, Norwegian, Danish, Finnish and English mail: as numbers
 * (`numeric-dates.ts`) or with the month's name, `12 maj 1985`, `5 May 1985`, `May 5, 1985`.
 */
import type { CalendarDate, Pattern } from '../../types';
import { dateOf, readNumericDate } from './numeric-dates';

/** Month names and abbreviations (sv, no, da, fi, en) → month number. */
const MONTHS: { readonly [name: string]: number } = {
  jan: 1,
  januari: 1,
  january: 1,
  januar: 1,
  tammikuuta: 1,
  feb: 2,
  febr: 2,
  februari: 2,
  february: 2,
  februar: 2,
  helmikuuta: 2,
  mar: 3,
  mars: 3,
  march: 3,
  marts: 3,
  maaliskuuta: 3,
  apr: 4,
  april: 4,
  huhtikuuta: 4,
  maj: 5,
  may: 5,
  mai: 5,
  toukokuuta: 5,
  jun: 6,
  juni: 6,
  june: 6,
  kesäkuuta: 6,
  jul: 7,
  juli: 7,
  july: 7,
  heinäkuuta: 7,
  aug: 8,
  augusti: 8,
  august: 8,
  elokuuta: 8,
  sep: 9,
  sept: 9,
  september: 9,
  syyskuuta: 9,
  okt: 10,
  oct: 10,
  oktober: 10,
  october: 10,
  lokakuuta: 10,
  nov: 11,
  november: 11,
  marraskuuta: 11,
  dec: 12,
  des: 12,
  december: 12,
  desember: 12,
  joulukuuta: 12,
};

/** Regex source for a month name (letters incl. ä), checked against `MONTHS` when read. */
const MONTH_NAME = '[A-Za-zäÄ]{3,11}\\.?';

/**
 * The patterns of a date written with its month's name, between `left` and `right` (the recognizer's
 * boundaries): "12 maj 1985", "12. mars 1985", "May 5, 1985". Group 1 is the date.
 */
export function monthNamePatterns(left: string, right: string, score: number): Pattern[] {
  return [
    {
      name: 'day-month-name',
      regex: new RegExp(`${left}(\\d{1,2}\\.? ?${MONTH_NAME},? (?:18|19|20)\\d{2})${right}`, 'g'),
      score,
      group: 1,
    },
    {
      name: 'month-name-day',
      regex: new RegExp(`${left}(${MONTH_NAME} \\d{1,2}(?:st|nd|rd|th)?,? (?:18|19|20)\\d{2})${right}`, 'g'),
      score,
      group: 1,
    },
  ];
}

function monthOf(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  return Object.prototype.hasOwnProperty.call(MONTHS, key) ? MONTHS[key] : undefined;
}

export function readWrittenDate(value: string): CalendarDate | null {
  const text = value.trim();
  const numeric = readNumericDate(text);
  if (numeric !== null) return numeric;
  let m = /^(\d{1,2})\.? ?([A-Za-zäÄ]+\.?),? (\d{4})$/.exec(text);
  if (m !== null) return dateOf(Number(m[3]), monthOf(m[2] ?? ''), Number(m[1]));
  m = /^([A-Za-zäÄ]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(text);
  if (m !== null) return dateOf(Number(m[3]), monthOf(m[1] ?? ''), Number(m[2]));
  return null;
}
