/**
 * `recipientFindings`: the recipient checks of a draft — lookalike domains, personal webmail, a greeting
 * to someone who is not a recipient, a visible list of external addresses, the first mail to a new
 * domain — set against what the rest of the draft carries. Linear in recipients × a bounded domain list.
 */
import type { Span } from '../detection/types';
import type { Draft, DraftFinding } from '../model/draft';
import { actionFor } from '../policy/clause';
import type { Policy } from '../policy/types';
import { classifyRecipients, referencesFor, type Classified } from './classify';
import { conversationDomains } from './conversation';
import { greetingFinding, visibleListFinding } from './check-draft-wide';
import { maskAddress, nameSpans, recipientFinding, refKey } from './finding';
import { findLookalike } from './lookalike';
import type { MailedDomains } from './mailed-domains';
import type { Carries, RecipientFinding } from './types';

export interface RecipientEnv {
  readonly policy: Policy;
  /** The user's mailed domains, when the add-in keeps them (policy `recipients.firstMailToNewDomain`). */
  readonly mailedDomains?: MailedDomains;
}

/** What the other findings make of the draft: the most serious data the policy warns or blocks on. */
export function carriesOf(findings: readonly DraftFinding[], policy: Policy): Carries {
  let carries: Carries = 'none';
  for (const f of findings) {
    if (f.category === 'recipient') continue;
    const action = actionFor(f, policy);
    if (action !== 'warn' && action !== 'block') continue;
    if (f.severity === 'sensitive') return 'sensitive';
    carries = 'personal';
  }
  return carries;
}

/**
 * The recipient findings of `draft`, given the findings of its other parts and the quoted history of its
 * body (the draft's body layout, in order). No recipients: none.
 */
export function recipientFindings(
  draft: Draft,
  others: readonly DraftFinding[],
  quoted: readonly Span[],
  env: RecipientEnv,
): RecipientFinding[] {
  const { policy } = env;
  if (policy.actions.recipient === 'off') return [];
  if (draft.to.length + draft.cc.length + draft.bcc.length === 0) return [];
  const conversation = conversationDomains(draft.body, quoted, draft.from?.address);
  const recipients = classifyRecipients(draft, policy, conversation, env.mailedDomains);
  const carries = carriesOf(others, policy);
  const spans = nameSpans(draft);
  const out: RecipientFinding[] = [];
  const references = referencesFor(policy, conversation);
  const seen: { [address: string]: true } = {};
  for (const r of recipients) {
    const address = r.ref.address.toLowerCase();
    if (r.domain === '' || r.internal || seen[address] === true) continue;
    seen[address] = true;
    const f = perRecipient(r, { carries, references, env, span: spans[refKey(r.ref.field, r.ref.index)] });
    if (f) out.push(f);
  }
  const firstQuoted = quoted.length > 0 ? (quoted[0] as Span).start : draft.body.length;
  const greeting =
    carries === 'none' ? undefined : greetingFinding(draft.body.slice(0, firstQuoted), recipients);
  if (greeting) out.push(greeting);
  const list = visibleListFinding(recipients, policy);
  if (list) out.push(list);
  return out;
}

interface PerRecipient {
  readonly carries: Carries;
  readonly references: ReturnType<typeof referencesFor>;
  readonly env: RecipientEnv;
  readonly span: { start: number; end: number } | undefined;
}

function perRecipient(r: Classified, ctx: PerRecipient): RecipientFinding | undefined {
  const base = {
    value: r.ref.address,
    masked: maskAddress(r.ref.address),
    ...(ctx.span ? { span: ctx.span } : {}),
  };
  const look = r.known || r.webmail ? undefined : findLookalike(r.domain, ctx.references);
  if (look) {
    const at = r.ref.address.lastIndexOf('@');
    const suggestion =
      look.looksLike === undefined ? undefined : `${r.ref.address.slice(0, at)}@${look.looksLike}`;
    return recipientFinding({
      ...base,
      type: 'recipient-lookalike-domain',
      risk: {
        kind: 'lookalike',
        recipient: r.ref,
        domain: r.domain,
        how: look.how,
        ...(look.looksLike === undefined ? {} : { looksLike: look.looksLike }),
        ...(suggestion === undefined ? {} : { suggestion }),
      },
      fix:
        suggestion === undefined
          ? { kind: 'review' }
          : { kind: 'replace-address', recipient: r.ref, replacement: suggestion },
      // Sensitive data to a lookalike domain is the breach itself: it blocks (src/core/policy/clause.ts).
      severity: ctx.carries === 'sensitive' ? 'sensitive' : 'personal',
      score: look.how === 'homoglyph' || look.how === 'mixed-script' ? 0.95 : 0.8,
      reasons: [
        `lookalike:${look.how}`,
        ...(look.looksLike === undefined ? [] : [`looks-like:${look.looksLike}`]),
      ],
    });
  }
  if (ctx.carries === 'none') return undefined;
  if (r.webmail && !r.partner) {
    return recipientFinding({
      ...base,
      type: 'recipient-webmail',
      risk: { kind: 'webmail', recipient: r.ref, domain: r.domain },
      fix: { kind: 'review' },
      severity: 'personal',
      score: 0.7,
      reasons: [`webmail:${r.domain}`, `carries:${ctx.carries}`],
    });
  }
  const mailed = ctx.env.mailedDomains;
  if (
    ctx.env.policy.recipients.firstMailToNewDomain &&
    mailed &&
    mailed.hashes.length > 0 &&
    !r.known &&
    !r.webmail
  ) {
    return recipientFinding({
      ...base,
      type: 'recipient-new-domain',
      risk: { kind: 'new-domain', recipient: r.ref, domain: r.domain },
      fix: { kind: 'review' },
      severity: 'personal',
      score: 0.5,
      reasons: ['new-domain', `carries:${ctx.carries}`],
    });
  }
  return undefined;
}
