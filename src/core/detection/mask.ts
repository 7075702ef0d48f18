/** Masking for display: enough to recognise the value, not enough to reuse it. */

/**
 * Default mask. Long numbers keep their first six letters/digits (for a personnummer the birth date, as
 * in `850709-****`; for an IBAN the country, check digits and bank); other values keep their first two.
 * Separators stay so the shape shows.
 */
export function maskDefault(value: string): string {
  let digits = 0;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 48 && value.charCodeAt(i) <= 57) digits++;
  const keep = digits >= 8 ? 6 : 2;
  let seen = 0;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i);
    const isDigit = ch >= '0' && ch <= '9';
    const isAlnum = isDigit || ch.toLowerCase() !== ch.toUpperCase();
    if (!isAlnum) {
      out += ch;
      continue;
    }
    seen++;
    out += seen <= keep ? ch : '*';
  }
  return out;
}

/** Mask that shows the term itself: dictionary words (a diagnosis word) are not identifiers. */
export function maskNone(value: string): string {
  return value;
}
