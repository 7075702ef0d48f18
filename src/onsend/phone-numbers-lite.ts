/**
 * The phone numbers the on-send bundle's recognizers read (src/onsend/runtime.ts hands them to
 * `createRecognizers`): libphonenumber and its metadata do not fit the 100 KB budget
 * (docs/adr/0006-pdf-on-send.md). It finds phone-shaped digit groups of the Nordic numbering plans; the
 * recognizer's own rules (phone word required unless dialled, date / identity-number / amount filters)
 * still decide. On send, phone numbers matter only for counting lists of people; the task pane, with the
 * full library, caches its per-attachment results for the send check to reuse.
 */
import {
  NORDIC_CALLING_CODES,
  type PhoneMatch,
  type PhoneNumbers,
  type PhonePlan,
} from '../core/detection/recognizers/personal/phone-numbers';

/** National significant number lengths (digits after the trunk 0 or the calling code). */
const NATIONAL_LENGTH: { readonly [country: string]: readonly [number, number] } = {
  SE: [7, 9],
  NO: [8, 8],
  DK: [8, 8],
  FI: [5, 10],
};

// A phone-shaped run: optional `+`/`00`/`(`, then digits with single spaces, dashes, dots or parentheses
// between them. One character class under one bounded quantifier: linear.
const CANDIDATE = /(?:^|[^\w+])(\+?\(?\d[\d ().-]{4,20}\d)(?![\w])/g;

/** Finds phone numbers of `plan` (national format) or any of the four (international). */
export function findNumbers(text: string, plan: PhonePlan): PhoneMatch[] {
  const found: PhoneMatch[] = [];
  const fallback = plan || 'SE';
  CANDIDATE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CANDIDATE.exec(text)) !== null) {
    const value = match[1] as string;
    const startsAt = match.index + match[0].length - value.length;
    const country = countryOf(value, fallback);
    if (country !== undefined) found.push({ startsAt, endsAt: startsAt + value.length, country });
  }
  return found;
}

function countryOf(value: string, fallback: string): string | undefined {
  if (/[ .-]{2}|\(\(|\)\)/.test(value)) return undefined;
  const digits = value.replace(/\D/g, '');
  const international =
    value.charAt(0) === '+' ? digits : digits.slice(0, 2) === '00' ? digits.slice(2) : undefined;
  if (international !== undefined) {
    for (const [code, country] of NORDIC_CALLING_CODES) {
      if (international.indexOf(code) !== 0) continue;
      const national = international.slice(code.length).replace(/^0/, '');
      return fits(national, country) ? country : undefined;
    }
    return undefined;
  }
  const trunk = fallback === 'SE' || fallback === 'FI';
  if (trunk) return digits.charAt(0) === '0' && fits(digits.slice(1), fallback) ? fallback : undefined;
  return fits(digits, fallback) ? fallback : undefined;
}

function fits(national: string, country: string): boolean {
  const range = NATIONAL_LENGTH[country];
  return (
    range !== undefined &&
    national.length >= range[0] &&
    national.length <= range[1] &&
    national.charAt(0) !== '0'
  );
}

/** The finder as the recognizers take it; it remembers nothing between calls. */
export const litePhoneNumbers: PhoneNumbers = () => ({ numbersIn: findNumbers });
