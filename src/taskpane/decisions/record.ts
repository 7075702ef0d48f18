/**
 * What the pane records when the user dismisses findings or decides to send anyway: one decision per type and
 * clause (never the values), under a keyed fingerprint of the draft. Recording never blocks the user.
 */
import type { DecisionKind, DecisionReason } from '../../contract';
import type { DecisionDraft, DecisionLog } from '../../addin/vault';
import type { RatedFinding } from '../../core/policy/types';

/** The reason the user chose: one of the short list, or typed under `other`. */
export interface ChosenReason {
  readonly reason: DecisionReason;
  readonly text?: string;
}

/** The decisions for `findings`: one per category, type and clause, in order of first appearance. */
export function decisionsFor(
  kind: DecisionKind,
  findings: readonly Pick<RatedFinding, 'category' | 'type' | 'clause'>[],
  chosen: ChosenReason,
  draftFingerprint: string,
): DecisionDraft[] {
  const out: DecisionDraft[] = [];
  const base = {
    decision: kind,
    reason: chosen.reason,
    ...(chosen.text !== undefined && chosen.text.trim() !== '' ? { reasonText: chosen.text.trim() } : {}),
    draftFingerprint,
  };
  for (const f of findings) {
    if (out.some((d) => d.category === f.category && d.type === f.type && d.clause === f.clause)) continue;
    out.push({ ...base, category: f.category, type: f.type, clause: f.clause });
  }
  // A decision about parts that were not checked only: recorded as such.
  if (out.length === 0) out.push({ ...base, category: 'not-checked', type: 'not-checked', clause: 'P2' });
  return out;
}

/** Records each decision; errors are the log's concern (it queues and retries). */
export function recordAll(log: DecisionLog | undefined, decisions: readonly DecisionDraft[]): void {
  if (!log) return;
  for (const d of decisions) void log.recordDecision(d);
}
