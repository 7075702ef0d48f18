/**
 * Questions other parts ask about recipients: is a finding a recipient finding (with its risk and fix),
 * and which external domains does a draft go to (named by the Smart Alert when sensitive data blocks).
 */
import type { Draft, DraftFinding } from '../model/draft';
import type { Policy } from '../policy/types';
import { domainOf, isWithin } from './domains';
import { toUnicodeDomain } from './punycode';
import type { RecipientFinding } from './types';

export function isRecipientFinding(f: DraftFinding): f is RecipientFinding {
  const r = f as Partial<RecipientFinding>;
  return f.category === 'recipient' && r.risk !== undefined && r.fix !== undefined;
}

/** Distinct domains outside the company the draft goes to (To, Cc and Bcc), in order of appearance. */
export function externalDomains(draft: Draft, policy: Policy): readonly string[] {
  const company = policy.company.domains.map(toUnicodeDomain);
  const out: string[] = [];
  for (const list of [draft.to, draft.cc, draft.bcc]) {
    for (const a of list) {
      const d = domainOf(a.address);
      if (d === '' || a.recipientType === 'user' || company.some((c) => isWithin(d, c))) continue;
      if (out.indexOf(d) < 0) out.push(d);
    }
  }
  return out;
}
