/**
 * E-mail addresses. The engine drops the recipients' and sender's own addresses and the company's own
 * domains (`env.allow`); shared role mailboxes (info@, support@, noreply@…) are not a person and are
 * not reported. The mask keeps the domain (it names an organisation, not the person) and the first two
 * characters of the local part: `an**.*****@example.com`.
 */
import type { Recognizer, Validation } from '../../types';
import { isRoleMailbox } from '../../role-mailboxes';

/**
 * Top-level domains reserved for testing and documentation (RFC 2606, RFC 6761): no mail is delivered there, so
 * an address under one ("test01@glyconordic.test") is a test account's, nobody's.
 */
const RESERVED_DOMAIN = /\.(?:test|example|invalid|localhost)$/i;
/**
 * A local part a machine wrote: hexadecimal, digits and separators, long and with many digits, as message IDs
 * and tracking addresses are ("20260306074755.3F1A2C0B19@…", a UUID). Nobody's mailbox.
 */
const MACHINE_LOCAL = /^(?=(?:\D*\d){6})[\da-f][\da-f.$_-]{15,}$/;

function validateEmail(value: string): Validation {
  const at = value.lastIndexOf('@');
  const local = value.slice(0, at).toLowerCase();
  if (isRoleMailbox(local) || RESERVED_DOMAIN.test(value) || MACHINE_LOCAL.test(local))
    return { kind: 'invalid', reason: 'component' };
  return { kind: 'valid', check: 'format' };
}

/** Mask the local part after two characters; keep separators and the domain. */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at < 0) return value;
  const local = value.slice(0, at);
  let masked = '';
  for (let i = 0; i < local.length; i++) {
    const ch = local.charAt(i);
    masked += i < 2 || ch === '.' || ch === '-' || ch === '_' ? ch : '*';
  }
  return masked + value.slice(at);
}

/** E-mail addresses (`contact`, personal). */
export const emailAddress: Recognizer = {
  id: 'email-address',
  category: 'contact',
  patterns: [
    {
      name: 'email',
      // Local part (RFC 5321 max 64, dot-atom characters + Latin letters of RFC 6531), `@`, labels of at most 63 characters and a
      // letter TLD. Every repetition is bounded and each label starts after a literal dot: linear.
      regex:
        /(?:^|[^A-Za-z0-9._%+\u00C0-\u024F-])([A-Za-z0-9._%+\u00C0-\u024F-]{1,64}@[A-Za-z0-9\u00C0-\u024F-]{1,63}(?:\.[A-Za-z0-9\u00C0-\u024F-]{1,63}){0,6}\.[A-Za-z]{2,24})(?![A-Za-z0-9-]|\.[A-Za-z0-9])/g,
      score: 0.55,
      group: 1,
      // Every address has an `@`: only the text around one is read (local part ≤ 64, domain ≤ 7 × 64).
      trigger: { kind: 'literal', literal: '@', reach: 520 },
    },
  ],
  // `check:format` (+0.35): the shape of an address is itself the proof.
  validate: validateEmail,
  mask: maskEmail,
};
