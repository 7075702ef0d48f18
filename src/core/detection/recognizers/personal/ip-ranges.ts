/**
 * Parsing and classifying IP addresses. Private, loopback, link-local and similar ranges (RFC 1918,
 * RFC 6598, RFC 3927, RFC 4193, RFC 4291) address lab gateways and devices, not people; public
 * addresses (including the RFC 5737 / RFC 3849 documentation ranges used in examples) can be
 * personal data when linked to a user.
 */

/** The four octets of a dotted-quad IPv4 address, or null. */
export function parseIpv4(value: string): readonly number[] | null {
  const parts = value.split('.');
  if (parts.length !== 4) return null;
  const octets: number[] = [];
  for (const part of parts) {
    // Leading zeros (`010`) are ambiguous (octal in some parsers) and typical of OIDs and versions.
    if (!/^(?:0|[1-9]\d{0,2})$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    octets.push(n);
  }
  return octets;
}

/** True for 0/8, 10/8, 100.64/10, 127/8, 169.254/16, 172.16/12, 192.168/16 and multicast/reserved 224/3. */
export function isPrivateIpv4(octets: readonly number[]): boolean {
  const a = octets[0] ?? 0;
  const b = octets[1] ?? 0;
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    a >= 224 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168)
  );
}

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
