/**
 * Check-digit arithmetic used to *generate* valid test identifiers (the benchmark never asks the
 * product whether a number is valid). Luhn: ISO/IEC 7812-1 annex B; IBAN: ISO 13616 (mod 97-10).
 */

/** The Luhn check digit for `payload` (digits only). */
export function luhnDigit(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    // Doubling starts at the right-most payload digit, the one next to the check digit.
    let d = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** True when `digits` ends in its Luhn check digit. */
export function luhnValid(digits: string): boolean {
  return digits.length > 1 && luhnDigit(digits.slice(0, -1)) === digits.slice(-1);
}

/** A full IBAN (compact) for country `cc` and national `bban`, with computed check digits. */
export function ibanFor(cc: string, bban: string): string {
  const rearranged = `${bban}${cc}00`.toUpperCase();
  let remainder = 0;
  for (const ch of rearranged) {
    // Letters count as 10..35 (A..Z); fold digit by digit to stay within safe integers.
    for (const d of String(parseInt(ch, 36))) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return `${cc}${String(98 - remainder).padStart(2, '0')}${bban}`;
}

/** True when year-month-day is a real calendar date (month 1-12, day within the month). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Splits `text` into groups of the given sizes joined by `separator` (a shorter tail stays as is). */
export function grouped(text: string, sizes: readonly number[], separator: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= text.length) break;
    parts.push(text.slice(at, at + size));
    at += size;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts.join(separator);
}
