/**
 * Which policy rule (docs/email-policy.md) a finding is about, and what the policy does with it.
 */
import type { DraftFinding } from '../model/draft';
import type { Action, Clause, Policy } from './types';

const RANK: { readonly [A in Action]: number } = { block: 3, warn: 2, inform: 1, off: 0 };

/** How serious an action is, for sorting and comparing (block > warn > inform > off). */
export function actionRank(action: Action): number {
  return RANK[action];
}

/**
 * The policy's action for the finding's category. A finding the draft analysis lowered to `info`
 * (a colleague's name, a quoted signature) is at most shown, never a warning.
 */
export function actionFor(finding: DraftFinding, policy: Policy): Action {
  const action = policy.actions[finding.category];
  // A lookalike recipient on a draft with sensitive data is where the data would leak: it blocks.
  if (finding.category === 'recipient' && finding.severity === 'sensitive' && action !== 'off')
    return 'block';
  if (finding.severity === 'info' && RANK[action] > RANK.inform) return 'inform';
  return action;
}

/**
 * P2 for sensitive data; P3 (store it on the secure server instead) for personal data inside an
 * attachment, since moving the attachment is the fix; P1 (no unnecessary personal data) otherwise.
 */
export function clauseFor(finding: DraftFinding): Clause {
  // Whom the mail goes to is about sending no personal data unnecessarily (P1), whatever it carries.
  if (finding.category === 'recipient') return 'P1';
  if (finding.severity === 'sensitive') return 'P2';
  if (finding.severity === 'personal' && finding.where.part === 'attachment') return 'P3';
  return 'P1';
}
