/**
 * Each recipient placed against the policy: internal (the company's domains or its directory), a
 * trusted partner, personal webmail, already in the conversation, mailed before — or unknown.
 */
import type { Draft } from '../model/draft';
import type { Policy } from '../policy/types';
import { domainOf, isWithin, matchesAny } from './domains';
import { toUnicodeDomain } from './punycode';
import type { Reference } from './lookalike';
import { hasMailed, type MailedDomains } from './mailed-domains';
import type { RecipientKind, RecipientRef } from './types';

export interface Classified {
  readonly ref: RecipientRef;
  readonly name?: string;
  readonly recipientType?: RecipientKind;
  /** Unicode, lower case; `''` for an address without a domain (unresolved). */
  readonly domain: string;
  readonly internal: boolean;
  readonly partner: boolean;
  readonly webmail: boolean;
  /** Already in the conversation or mailed before: not a new or mistyped domain. */
  readonly known: boolean;
}

/** Upper bound on recipients examined: Outlook allows 500 per field; a hostile .eml may claim more. */
const MAX_RECIPIENTS = 1500;

export function classifyRecipients(
  draft: Draft,
  policy: Policy,
  conversation: readonly string[],
  mailed: MailedDomains | undefined,
): readonly Classified[] {
  const company = policy.company.domains.map(toUnicodeDomain);
  const partnerDomains = policy.recipients.partnerDomains.map(toUnicodeDomain);
  const webmailDomains = policy.recipients.webmailDomains;
  const out: Classified[] = [];
  for (const field of ['to', 'cc', 'bcc'] as const) {
    draft[field].forEach((a, index) => {
      if (out.length >= MAX_RECIPIENTS) return;
      const domain = domainOf(a.address);
      const within = (list: readonly string[]): boolean => list.some((d) => isWithin(domain, d));
      const internal = domain !== '' && (within(company) || a.recipientType === 'user');
      const partner = domain !== '' && within(partnerDomains);
      const webmail = domain !== '' && matchesAny(domain, webmailDomains);
      out.push({
        ref: { field, index, address: a.address.trim() },
        ...(a.name !== undefined ? { name: a.name } : {}),
        ...(a.recipientType !== undefined ? { recipientType: a.recipientType } : {}),
        domain,
        internal,
        partner,
        webmail,
        known:
          internal || partner || within(conversation) || (mailed !== undefined && hasMailed(mailed, domain)),
      });
    });
  }
  return out;
}

/** What lookalikes are measured against: the company, partners, the conversation, webmail providers. */
export function referencesFor(policy: Policy, conversation: readonly string[]): readonly Reference[] {
  const refs: Reference[] = [];
  const add = (domain: string, strict: boolean): void => {
    if (domain !== '' && !refs.some((r) => r.domain === domain)) refs.push({ domain, strict });
  };
  for (const d of policy.company.domains) add(toUnicodeDomain(d), false);
  for (const d of policy.recipients.partnerDomains) add(toUnicodeDomain(d), false);
  // Webmail names are common words inside other names (`mail`, `live`): compared by spelling only.
  for (const d of conversation) add(d, matchesAny(d, policy.recipients.webmailDomains));
  for (const d of policy.recipients.webmailDomains) if (d.slice(-2) !== '.*') add(toUnicodeDomain(d), true);
  return refs;
}
