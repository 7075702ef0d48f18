/**
 * Stands in for `src/core/detection/recognizers/personal/ipv6.ts` in onsend.js (a webpack alias): no IPv6
 * pattern. An IP address is a warning, which decides nothing on send but in bulk, and the logs that make bulk
 * data list IPv4 addresses, which are still read; the bytes go to the sensitive-data detector
 * (docs/adr/0056-warnings-left-to-the-pane.md). The task pane finds IPv6 addresses as before.
 */
import type { Pattern, Validation } from '../core/detection/types';

/** No IPv6 pattern on send. */
export const IPV6_PATTERNS: readonly Pattern[] = [];

/** Never called here (no pattern finds a value to check); the same answer as a malformed address. */
export function validateIpv6(): Validation {
  return { kind: 'invalid', reason: 'format' };
}
