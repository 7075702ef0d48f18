/**
 * Applied sweep actions in the vault's decision log (`POST /api/decisions`, decision `sweep`), beside the
 * local audit: the data protection officer sees what the sweep did next to what senders decided. One record
 * per category of the message: the category, the outcome (in `type`), the clause acted under, never a
 * value or a subject line. The record's id is derived from the mailbox, message, category and outcome, so
 * a resumed run that applies the same action again is stored once.
 */
import { createHash } from 'node:crypto';
import type { DecisionInput } from '../../contract';
import type { ApplyMode } from './args';
import type { Applied } from './types';
import type { VaultTarget } from './vault-client';

/** What the decision log keeps of one applied action. */
export interface SweepDecision {
  readonly mode: ApplyMode;
  readonly applied: Applied;
  readonly mailbox: string;
  /** The message's file path or Graph id: only hashed into the record's id. */
  readonly message: string;
  readonly categories: readonly string[];
  /** SHA-256 of the message, as in the local audit and the vault's copy (links the three records). */
  readonly sha256: string;
  readonly at: Date;
}

/** The outcome as the record's `type`: a policy-style name, so the DPO summary counts outcomes. */
export function outcomeName(applied: Applied): string {
  switch (applied.kind) {
    case 'archived':
    case 'deleted':
      return applied.kind;
    case 'gone':
      return 'already-deleted';
    case 'failed':
      return `failed-${applied.step}`;
  }
}

/** The `POST /api/decisions` bodies for one applied action. */
export function sweepDecisions(d: SweepDecision): DecisionInput[] {
  const type = outcomeName(d.applied);
  return d.categories.map((category) => ({
    id: createHash('sha256')
      .update([d.mailbox, d.message, category, type].join('\u0000'))
      .digest('base64url')
      .slice(0, 43),
    decidedAt: d.at.toISOString(),
    category,
    type,
    // Archiving serves P3 (stored only where it belongs); deleting serves P5 (not kept past ten years).
    clause: d.mode === 'archive' ? 'P3' : 'P5',
    decision: 'sweep',
    reason: 'other',
    reasonText: `mailguard sweep --apply ${d.mode}`,
    draftFingerprint: d.sha256,
  }));
}

/** Posts sweep decisions to the vault; failures are counted, never thrown (the local audit has them). */
export class DecisionLog {
  /** Actions whose records the vault did not take. */
  unrecorded = 0;

  constructor(private readonly vault: VaultTarget) {}

  async record(decision: SweepDecision): Promise<boolean> {
    const base = this.vault.url.replace(/\/+$/, '');
    try {
      for (const body of sweepDecisions(decision)) {
        const response = await fetch(`${base}/api/decisions`, {
          method: 'POST',
          headers: { authorization: `Bearer ${this.vault.token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(30_000),
        });
        if (!response.ok) throw new Error(`the vault answered ${response.status}`);
      }
      return true;
    } catch {
      this.unrecorded++;
      return false;
    }
  }
}
