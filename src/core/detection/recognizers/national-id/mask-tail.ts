/** Masking for identity numbers: keep the birth-date part, hide the serial and check characters. */

/**
 * Mask the last `count` letters/digits of `value`, keeping separators: `850709-9805` → `850709-****`,
 * `19850709-9805` → `19850709-****`, `010594Y9032` → `010594Y****` (with count 4).
 */
export function maskTail(value: string, count: number): string {
  let remaining = count;
  let out = '';
  for (let i = value.length - 1; i >= 0; i--) {
    const ch = value.charAt(i);
    const alnum = /[0-9A-Za-z]/.test(ch);
    if (alnum && remaining > 0) {
      remaining--;
      out = `*${out}`;
    } else {
      out = ch + out;
    }
  }
  return out;
}

/** Mask for the Swedish and Danish shapes: everything after the six-digit date part. */
export function maskSerial4(value: string): string {
  return maskTail(value, 4);
}

/** Mask for Norwegian fødselsnummer: the individual number and both check digits. */
export function maskSerial5(value: string): string {
  return maskTail(value, 5);
}

/** Mask for document numbers (no date part): keep the first two characters only. */
export function maskAllButTwo(value: string): string {
  return maskTail(value, Math.max(0, value.replace(/[^0-9A-Za-z]/g, '').length - 2));
}
