/**
 * IP addresses linked to a person. An address alone is usually infrastructure (a server, a lab
 * gateway), so a person word nearby is REQUIRED ("användaren loggade in från …", "customer IP",
 * "hans IP"). A router is not on the negative list: a home router's public address is the
 * household's. Private and lab ranges never count (`ip-ranges.ts`); version strings (`v1.2.3.4`,
 * "firmware 1.2.3.4") and OIDs/SNMP are demoted. A person named on the address's line stands for the
 * person word.
 */
import type { Recognizer, Validation } from '../../types';
import { isPrivateIpv4, parseIpv4 } from './ip-ranges';
import { IPV6_PATTERNS, validateIpv6 } from './ipv6';
import { PERSON_WORDS } from './context-words';

/** Shape + valid public address (0.2 + 0.35) stays below this; a person word (+0.3) is required. */
const PERSON_REQUIRED = 0.7;

function validateIp(value: string): Validation {
  if (value.indexOf(':') < 0) {
    const octets = parseIpv4(value);
    if (octets === null) return { kind: 'invalid', reason: 'format' };
    return isPrivateIpv4(octets)
      ? { kind: 'invalid', reason: 'component' }
      : { kind: 'valid', check: 'format' };
  }
  return validateIpv6(value);
}

/** IPv4/IPv6 addresses near a person word (`network`, personal). */
export const ipAddress: Recognizer = {
  id: 'ip-address',
  category: 'network',
  patterns: [
    // Dotted quad; not part of a longer dotted number (OIDs 1.3.6.1.2.1, versions 1.2.3.4.5) nor after `v`,
    // nor a network's range ("194.17.48.0/26": a block of addresses, no one's connection).
    {
      name: 'ipv4',
      regex: /(?:^|[^\dA-Za-z.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\dA-Za-z]|\.\d|\/\d)/g,
      score: 0.2,
      group: 1,
    },
    ...IPV6_PATTERNS,
  ],
  validate: validateIp,
  context: [{ words: PERSON_WORDS, amount: 0.3, before: 60, after: 30 }],
  // A row of people ("Juha Korhonen   85.76.142.203   (kotiliittymä)"): the address is that person's line.
  // Not a subject line: an address there names a host more often than someone's connection.
  namedContext: { amount: 0.3, heading: false, rows: true },
  negativeContext: [
    {
      words: [
        'version',
        'ver',
        'firmware',
        'fw',
        'build',
        'release',
        'oid',
        'snmp',
        'mib',
        'server',
        'servern',
        'gateway',
        'switch',
        'dns',
        'ntp',
        'subnet',
        'nätmask',
        'netmask',
        'device',
        'enhet',
        'enheten',
        'sensor',
        // the company's own connections: "VPN-udgang: 194.17.48.62", "Göteborg kontor: …"
        'vpn',
        'kontor',
        'office',
        'toimisto',
      ],
      amount: -0.3,
      before: 40,
      after: 0,
    },
  ],
  minScore: PERSON_REQUIRED,
};
