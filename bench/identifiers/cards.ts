/**
 * Payment card numbers for part 3: several issuers, each with its IIN prefixes, length and the
 * grouping printed on the card, typed with spaces, dashes or nothing. Luhn-valid.
 */
import { grouped, luhnDigit } from './checks';
import type { Slot } from './cases';
import type { Random } from './random';

interface Issuer {
  readonly name: string;
  readonly prefixes: readonly string[];
  readonly length: number;
  readonly groups: readonly number[];
}
// IIN ranges per issuer (ISO/IEC 7812 registrations as published by the networks).
const ISSUERS: readonly Issuer[] = [
  { name: 'Visa', prefixes: ['4'], length: 16, groups: [4, 4, 4, 4] },
  {
    name: 'Mastercard',
    prefixes: ['51', '53', '55', '2221', '2475', '2720'],
    length: 16,
    groups: [4, 4, 4, 4],
  },
  { name: 'American Express', prefixes: ['34', '37'], length: 15, groups: [4, 6, 5] },
  { name: 'Discover', prefixes: ['6011', '644', '65'], length: 16, groups: [4, 4, 4, 4] },
  { name: 'JCB', prefixes: ['3528', '3566', '3589'], length: 16, groups: [4, 4, 4, 4] },
  { name: 'Diners Club', prefixes: ['36', '300', '305'], length: 14, groups: [4, 6, 4] },
  { name: 'Maestro', prefixes: ['6759', '5018', '6304'], length: 16, groups: [4, 4, 4, 4] },
  { name: 'UnionPay', prefixes: ['6210', '6228', '6250'], length: 16, groups: [4, 4, 4, 4] },
];

export function card(random: Random): { readonly slot: Slot; readonly issuer: string } {
  const issuer = random.pick(ISSUERS);
  const prefix = random.pick(issuer.prefixes);
  const body = prefix + random.digits(issuer.length - 1 - prefix.length);
  const digits = body + luhnDigit(body);
  const text = grouped(digits, issuer.groups, random.pick([' ', ' ', '-', '']));
  return { slot: { text, category: 'financial-card', kind: 'card' }, issuer: issuer.name };
}
