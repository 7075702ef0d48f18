/**
 * Part 3 of the identifier benchmark: one-sentence support mails in the style of presidio-research's
 * templates, with cards, e-mail addresses, phone numbers, IBANs and IP addresses as gold spans.
 */
import { fill, type Case, type Slot } from './cases';
import { card } from './cards';
import { email, iban, ip, phone } from './entities';
import type { Random } from './random';

const TEMPLATES: readonly string[] = [
  'Hi, please update the card on file to my {issuer} {card}, expiry {exp}.',
  'I was charged twice on {card} on {date}, can you refund one of the payments?',
  'My new card number is {card} (exp {exp}), the old one was cancelled.',
  'Please charge the renewal to {card} and send the receipt to {email}.',
  'Can you send the invoice to {email} instead of the office address?',
  'You can reach me at {email} or on my mobile {phone}.',
  'Call me back on {phone} after 5 pm, I am in meetings until then.',
  'I have a new number: {phone}. Please update my profile.',
  'This is {name}, my direct line is {phone} if the installer has questions.',
  'My e-mail changed to {email}, please use it for the delivery notifications.',
  'Please refund the deposit to my account {iban}.',
  'Could you pay the reimbursement to IBAN {iban}, account holder {name}?',
  'My bank details: {iban}, BIC on request.',
  'Since this morning I get 403 from the portal; my IP address is {ip}.',
  'The login attempts you asked about came from {ip}, which is my home connection.',
  'I am connecting from {ip} over my home broadband and the dashboard times out.',
  'My IP is {ip} and the VPN drops every ten minutes, can you whitelist it?',
  'Contact {name} at {email} or {phone} about the replacement unit.',
  '{name} ({email}) will pay with {issuer} {card} when the order is ready.',
  'Refund to {iban} please, or call me on {phone} if that does not work.',
  'Blocked again from {ip} - reach me on {phone} or {email} so we can sort it out.',
  'Please block the card {card}, I think it was skimmed at the airport.',
];

const NAMES = [
  'Tom Baker',
  'Fatima Ali',
  'Greg Hollis',
  'Anna Berg',
  'Rajesh Patel',
  'Claire Hughes',
  'Lukas Keller',
];
const DATES = ['3 March', '03/14/2026', '2026-05-02', '12.4.', 'last Friday'];

/** `count` sentences, templates taken in turn so each appears equally often. */
export function supportCases(random: Random, count: number): Case[] {
  const cases: Case[] = [];
  for (let i = 0; i < count; i++) {
    const template = TEMPLATES[i % TEMPLATES.length] ?? '';
    const drawn = card(random);
    const values: { [name: string]: Slot | string } = {
      card: drawn.slot,
      issuer: drawn.issuer,
      exp: `${String(random.int(1, 12)).padStart(2, '0')}/${random.int(27, 31)}`,
      email: email(random),
      phone: phone(random),
      iban: iban(random),
      ip: ip(random),
      name: random.pick(NAMES),
      date: random.pick(DATES),
    };
    cases.push(fill('support', template, values));
  }
  return cases;
}
