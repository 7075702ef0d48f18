/**
 * Generators of the values in part 3 (support mail): e-mail addresses, phone numbers (UK, US, DE, SE),
 * IBANs and public IP addresses, each in the layouts people type. Every value is well-formed (IBAN
 * mod 97, a number libphonenumber-js calls valid); cards are in `cards.ts`.
 */
import { isValidPhoneNumber, type CountryCode } from 'libphonenumber-js/max';
import { grouped, ibanFor, luhnDigit } from './checks';
import type { Slot } from './cases';
import type { Random } from './random';

const FIRST = [
  'anna',
  'tom',
  'li',
  'james',
  'fatima',
  'jonas',
  'sarah',
  'mike',
  'eva',
  'raj',
  'emma',
  'lukas',
];
const LAST = ['berg', 'hughes', 'wei', 'miller', 'ali', 'schmidt', 'nilsson', 'obrien', 'patel', 'keller'];
const MAIL_DOMAINS = [
  'gmail.com',
  'outlook.com',
  'hotmail.co.uk',
  'yahoo.com',
  'icloud.com',
  'web.de',
  'gmx.de',
  'telia.com',
  'proton.me',
  'btinternet.com',
  'comcast.net',
  'northwind-traders.com',
  'kylteknik-vast.se',
];

export function email(random: Random): Slot {
  const first = random.pick(FIRST);
  const last = random.pick(LAST);
  const local = random.pick([
    `${first}.${last}`,
    `${first}${last}${random.int(1, 99)}`,
    `${first[0] ?? 'x'}${last}`,
    `${first}_${last}`,
  ]);
  return { text: `${local}@${random.pick(MAIL_DOMAINS)}`, category: 'contact', kind: 'email' };
}

// Layouts per country: a digit template (`#` = a random digit) as people write them, and the region
// whose rules judge the number. Foreign numbers carry their country code (a Nordic reader cannot tell
// a German national number from a Swedish one); Swedish ones come in both forms.
const PHONE_LAYOUTS: readonly (readonly [string, CountryCode])[] = [
  ['+44 7### ######', 'GB'],
  ['+44 7### ### ###', 'GB'],
  ['+44 20 #### ####', 'GB'],
  ['+44 (0)161 ### ####', 'GB'],
  ['+1 (212) ###-####', 'US'],
  ['+1 415-###-####', 'US'],
  ['+1 617 ### ####', 'US'],
  ['+1 312 ### ####', 'US'],
  ['+49 151 ########', 'DE'],
  ['+49 (0)30 ########', 'DE'],
  ['+49 171 #######', 'DE'],
  ['+49 89 #######', 'DE'],
  ['070-### ## ##', 'SE'],
  ['+46 70 ### ## ##', 'SE'],
  ['08-### ### ##', 'SE'],
  ['+46 31 ### ## ##', 'SE'],
  ['073 ### ## ##', 'SE'],
];

export function phone(random: Random): Slot {
  for (;;) {
    const [layout, region] = random.pick(PHONE_LAYOUTS);
    const text = layout.replace(/#/g, () => String(random.int(0, 9)));
    // Random digits often land in unassigned ranges; keep only numbers that could be dialled.
    if (isValidPhoneNumber(text, region)) return { text, category: 'contact', kind: 'phone' };
  }
}

export function iban(random: Random): Slot {
  const [cc, bban] = random.pick<readonly [string, () => string]>([
    ['SE', () => `${random.pick(['500', '600', '800', '300'])}${random.digits(17)}`],
    ['DE', () => random.digits(18)],
    ['GB', () => `${random.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL'])}${random.digits(14)}`],
    // Finnish account numbers end in their own Luhn digit.
    ['FI', () => withLuhn(random.digits(13))],
    ['DK', () => random.digits(14)],
  ]);
  const compact = ibanFor(cc, bban());
  const text = random.next() < 0.6 ? grouped(compact, [4, 4, 4, 4, 4, 4, 4, 4], ' ') : compact;
  return { text, category: 'financial', kind: 'iban' };
}

function withLuhn(payload: string): string {
  return payload + luhnDigit(payload);
}

export function ip(random: Random): Slot {
  if (random.next() < 0.2) {
    const hextets = Array.from({ length: 6 }, () => random.int(0, 0xffff).toString(16));
    return {
      text: `2a02:${random.int(0x100, 0xfff).toString(16)}:${hextets.join(':')}`,
      category: 'network',
      kind: 'ip',
    };
  }
  for (;;) {
    const [a, b] = [random.int(1, 223), random.int(0, 255)];
    // Skip private, loopback, link-local, carrier-grade NAT and documentation ranges: those are no one's home.
    if (a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31)) continue;
    if ((a === 192 && (b === 168 || b === 0)) || (a === 100 && b >= 64 && b <= 127) || a === 198 || a === 203)
      continue;
    return { text: `${a}.${b}.${random.int(0, 255)}.${random.int(1, 254)}`, category: 'network', kind: 'ip' };
  }
}
