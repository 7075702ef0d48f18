/**
 * Records the user's decisions in the vault's decision log: queued and retried by the log, never blocking the
 * pane. The draft is named by a keyed hash: HMAC of the draft's content hash under a random key kept in the
 * user's roaming settings, so the vault can group decisions on one draft but learns nothing of its text.
 */
import { useCallback, useEffect, useMemo } from 'react';
import type { DecisionKind } from '../../contract';
import { draftFingerprint, type DecisionLog } from '../../addin/vault';
import type { Mailbox, OfficeHost } from '../../addin';
import type { Policy, RatedFinding } from '../../core/policy/types';
import { createPaneDecisionLog } from './create-log';
import { decisionsFor, recordAll, type ChosenReason } from './record';

/** Roaming setting holding the fingerprint key (random, per user). */
export const FINGERPRINT_KEY_SETTING = 'mailguardDecisionKey';

function fingerprintKey(mailbox: Mailbox): string {
  const stored = mailbox.getRoamingValue(FINGERPRINT_KEY_SETTING);
  if (typeof stored === 'string' && stored.length >= 32) return stored;
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const key = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  mailbox.setRoamingValue(FINGERPRINT_KEY_SETTING, key).catch(() => undefined);
  return key;
}

export type RecordDecision = (
  kind: DecisionKind,
  findings: readonly Pick<RatedFinding, 'category' | 'type' | 'clause'>[],
  reason: ChosenReason,
) => void;

export interface DecisionDeps {
  readonly mailbox: Mailbox;
  readonly host?: OfficeHost | undefined;
  /** A log to record into (tests); by default one over the policy's vault. */
  readonly decisionLog?: DecisionLog | undefined;
}

export function useDecisions(
  deps: DecisionDeps,
  policy: Policy | undefined,
  draftHash: string | undefined,
): RecordDecision {
  const { mailbox, host, decisionLog } = deps;
  const log = useMemo(
    () => decisionLog ?? (policy ? createPaneDecisionLog(policy, host) : undefined),
    [decisionLog, policy, host],
  );
  // Decisions queued while the vault was away go out when the pane opens again.
  useEffect(() => {
    if (log) void log.flush();
  }, [log]);
  return useCallback(
    (kind, findings, reason) => {
      if (!log) return;
      draftFingerprint(draftHash ?? '', fingerprintKey(mailbox)).then(
        (fingerprint) => recordAll(log, decisionsFor(kind, findings, reason, fingerprint)),
        // No Web Crypto (an insecure context): nothing can be fingerprinted, so nothing is sent.
        () => undefined,
      );
    },
    [log, draftHash, mailbox],
  );
}
