/**
 * Parsing and classifying IPv4 addresses (IPv6: `ipv6.ts`). Private, loopback, link-local and similar ranges
 * (RFC 1918, RFC 6598, RFC 3927) address lab gateways and devices, not people; public
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
