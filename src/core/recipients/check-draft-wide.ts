/**
 * The two checks that look at the recipients together: a greeting that names none of them, and a
 * visible list of external addresses from several organisations (To/Cc instead of Bcc).
 */
import type { Policy } from '../policy/types';
import type { Classified } from './classify';
import { registrableDomain } from './domains';
import { recipientFinding } from './finding';
import { greetedNames } from './greeting';
import { nameMatches, recipientNameWords } from './names';
import type { RecipientFinding, RecipientRef } from './types';

/**
 * "Hej Anna," while no recipient is called Anna — the autocomplete picked the wrong person. Not checked
 * when some recipient's name cannot be known (a role mailbox, a distribution list): it may be Anna.
 */
export function greetingFinding(
  own: string,
  recipients: readonly Classified[],
): RecipientFinding | undefined {
  if (recipients.length === 0) return undefined;
  const greeted = greetedNames(own);
  if (greeted.length === 0) return undefined;
  const words: string[] = [];
  for (const r of recipients) {
    const w = recipientNameWords({
      address: r.ref.address,
      ...(r.name !== undefined ? { name: r.name } : {}),
      ...(r.recipientType !== undefined ? { recipientType: r.recipientType } : {}),
    });
    if (w === undefined) return undefined;
    for (const x of w) words.push(x);
  }
  const missing = greeted.filter((g) => !nameMatches(g.name, words))[0];
  if (missing === undefined) return undefined;
  return recipientFinding({
    type: 'recipient-greeting-mismatch',
    risk: { kind: 'greeting-mismatch', greeted: missing.name, span: missing.span },
    fix: { kind: 'review' },
    severity: 'personal',
    score: 0.7,
    value: missing.name,
    // The sender's own greeting: shown as written, so the warning can say whom it greets.
    masked: missing.name,
    reasons: ['greeting-not-a-recipient'],
  });
}

/**
 * At least `visibleListThreshold` external addresses in To and Cc from at least two organisations:
 * every recipient sees every other's address (themselves personal data). Each webmail address is a
 * private person, an organisation of its own.
 */
export function visibleListFinding(
  recipients: readonly Classified[],
  policy: Policy,
): RecipientFinding | undefined {
  const visible: RecipientRef[] = [];
  const seen: { [address: string]: true } = {};
  const organisations: { [org: string]: true } = {};
  let orgCount = 0;
  for (const r of recipients) {
    const address = r.ref.address.toLowerCase();
    if (r.ref.field === 'bcc' || r.internal || r.domain === '' || seen[address] === true) continue;
    seen[address] = true;
    visible.push(r.ref);
    const org = r.webmail ? address : registrableDomain(r.domain);
    if (organisations[org] !== true) {
      organisations[org] = true;
      orgCount++;
    }
  }
  if (visible.length < policy.recipients.visibleListThreshold || orgCount < 2) return undefined;
  const domains = Object.keys(organisations).map((o) =>
    o.indexOf('@') >= 0 ? o.slice(o.indexOf('@') + 1) : o,
  );
  return recipientFinding({
    type: 'recipient-visible-list',
    risk: { kind: 'visible-list', recipients: visible, organisations: orgCount },
    fix: { kind: 'move-to-bcc', recipients: visible },
    severity: 'personal',
    score: 0.8,
    value: visible
      .map((r) => r.address.toLowerCase())
      .sort()
      .join('; '),
    masked: `${visible.length} @ ${domains
      .filter((d, i) => domains.indexOf(d) === i)
      .slice(0, 3)
      .join(', ')}${orgCount > 3 ? ', …' : ''}`,
    reasons: [`visible:${visible.length}`, `organisations:${orgCount}`],
  });
}
