/**
 * `decide`: the verdict the policy gives a scanned draft.
 */
import type { DraftScan } from '../model/draft';
import { bulkGroups } from './bulk';
import { actionFor, actionRank, clauseFor } from './clause';
import { findingKey } from './finding-key';
import type { Policy, RatedFinding, Verdict, VerdictKind } from './types';
import { uncheckedErrors } from './unchecked';

const SEVERITY_RANK = { sensitive: 2, personal: 1, info: 0 } as const;

/** Most serious first: action, then severity, then score; ties keep document order. */
function bySeriousness(a: RatedFinding, b: RatedFinding): number {
  return (
    actionRank(b.action) - actionRank(a.action) ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    b.score - a.score
  );
}

/**
 * Rates every finding against the policy and decides: `block` when any finding's action is `block`
 * (by default: sensitive data, P2); `warn` when any finding's action is `warn` or an attachment holds
 * bulk personal data; `allow` otherwise. Findings whose key is in `dismissed` ("not personal data")
 * and findings of categories switched `off` are left out. Scan errors are passed on, never dropped, and
 * a part not fully read raises the verdict to at least the policy's `unchecked` action (`warn` by default).
 */
export function decide(scan: DraftScan, policy: Policy, dismissed: readonly string[] = []): Verdict {
  const rated: RatedFinding[] = [];
  for (const f of scan.findings) {
    const action = actionFor(f, policy);
    if (action === 'off') continue;
    const key = findingKey(f);
    if (dismissed.indexOf(key) >= 0) continue;
    rated.push({ ...f, action, clause: clauseFor(f), key });
  }
  // Array.prototype.sort is stable since ES2019 engines; Outlook's runtimes all are.
  const findings = rated.sort(bySeriousness);
  const bulk = bulkGroups(findings, policy);
  let kind: VerdictKind = 'allow';
  for (const f of findings) {
    if (f.action === 'block') kind = 'block';
    else if (f.action === 'warn' && kind === 'allow') kind = 'warn';
  }
  if (kind === 'allow' && bulk.length > 0) kind = 'warn';
  if (kind !== 'block' && uncheckedErrors(scan.errors).length > 0) {
    // Written out rather than `kind = policy.unchecked`: a policy object from elsewhere (an older
    // session's copy) may lack the field, and then the answer is `warn`, never clean.
    kind = policy.unchecked === 'block' ? 'block' : 'warn';
  }
  return { kind, findings, bulk, errors: scan.errors };
}
