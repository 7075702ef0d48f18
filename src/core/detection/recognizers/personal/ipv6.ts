/**
 * IPv6 addresses for the IP recognizer: their pattern and their check. Unique-local, link-local, multicast
 * and loopback ranges (RFC 4193, RFC 4291) address devices, not people; public ones (including the RFC 3849
 * documentation range) can be personal data when linked to a user. The on-send build stands this in with
 * nothing (`src/onsend/ipv6-in-pane.ts`, docs/adr/0056-warnings-left-to-the-pane.md).
 */
import type { Pattern, Validation } from '../../types';

/** The eight 16-bit groups of an IPv6 address (`::` expanded; no embedded IPv4), or null. */
export function parseIpv6(value: string): readonly number[] | null {
  const halves = value.split('::');
  if (halves.length > 2) return null;
  const groupsOf = (part: string): string[] => (part === '' ? [] : part.split(':'));
  const head = groupsOf(halves[0] ?? '');
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const zeros: string[] = [];
  if (halves.length === 2) for (let i = 0; i < missing; i++) zeros.push('0');
  const all = head.concat(zeros, tail);
  const groups: number[] = [];
  for (const g of all) {
    if (!/^[0-9A-Fa-f]{1,4}$/.test(g)) return null;
    groups.push(parseInt(g, 16));
  }
  return groups;
}

/** True for ::/128, ::1, fc00::/7 (unique local), fe80::/10 (link-local) and ff00::/8 (multicast). */
export function isPrivateIpv6(groups: readonly number[]): boolean {
  const first = groups[0] ?? 0;
  const allZeroButLast = groups.slice(0, 7).every((g) => g === 0);
  return (
    allZeroButLast ||
    (first & 0xfe00) === 0xfc00 ||
    (first & 0xffc0) === 0xfe80 ||
    (first & 0xff00) === 0xff00
  );
}

/**
 * Hex groups joined by `:` (2-7 colons); each repetition starts with a literal colon: linear. MAC addresses
 * and times match the shape and fail `parseIpv6` (6 or 3 groups without `::`). An IPv4 address embedded at
 * the end ("::ffff:10.40.0.25", as Windows logs a client) is left to the IPv4 check, which knows its ranges.
 */
export const IPV6_PATTERNS: readonly Pattern[] = [
  {
    name: 'ipv6',
    regex: /(?:^|[^\dA-Za-z:])([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![\dA-Za-z:]|\.\d)/g,
    score: 0.2,
    group: 1,
  },
];

/** The check of a value the IPv6 pattern found. */
export function validateIpv6(value: string): Validation {
  const groups = parseIpv6(value);
  // Every group two hex digits is a byte string (a certificate's serial, a key's fingerprint): an address
  // drops leading zeros ("2001:db8::d"), and no one writes eight bytes as its groups.
  if (groups === null || /^\w\w(?::\w\w)+$/.test(value)) return { kind: 'invalid', reason: 'format' };
  return isPrivateIpv6(groups)
    ? { kind: 'invalid', reason: 'component' }
    : { kind: 'valid', check: 'format' };
}
