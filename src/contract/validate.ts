const SHA256_HEX = /^[0-9a-f]{64}$/;
/** Deliberately loose: one `@`, no spaces or commas; the mail system is the real judge of an address. */
const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

/** Lower-case hex SHA-256 (64 digits). */
export function isSha256Hex(value: string): boolean {
  return SHA256_HEX.test(value);
}

/** A plausible e-mail address (as used in `X-Recipients`). */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

/** Splits an `X-Recipients` value into trimmed, lower-cased, de-duplicated addresses; `null` if any is invalid. */
export function parseRecipients(header: string): string[] | null {
  const out: string[] = [];
  for (const part of header.split(',')) {
    const address = part.trim().toLowerCase();
    if (address === '') continue;
    if (!isEmailAddress(address)) return null;
    if (out.indexOf(address) < 0) out.push(address);
  }
  return out.length > 0 ? out : null;
}
