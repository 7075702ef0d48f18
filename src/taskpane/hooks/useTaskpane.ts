/**
 * The task pane's whole state, composed from the smaller hooks: policy, session, live scan, verdict, and the
 * banner from the send decision the on-send check shares. Components receive this model and never touch Office.
 */
import { useEffect, useMemo } from 'react';
import { buildCachedScan, cachePolicy, informedOverride, parseSendContext } from '../../addin';
import type { Language, Policy, PolicyError, RatedFinding, Verdict } from '../../core/policy/types';
import { decide } from '../../core/policy';
import { bannerState, paneSendDecision, type BannerState } from '../components/banner';
import type { ChosenReason } from '../decisions/record';
import { useDecisions } from '../decisions/useDecisions';
import { languageFromDisplay, stringsFor, type Strings } from '../strings';
import type { TaskpaneServices } from '../services';
import { useAsyncValue } from './useAsyncValue';
import { latestScan, useDraftScan, type ScanState } from './useDraftScan';
import { useSession } from './useSession';

export interface TaskpaneModel {
  readonly language: Language;
  readonly strings: Strings;
  readonly state: ScanState;
  /** The verdict of the latest scan with the user's dismissals applied; undefined before the first scan. */
  readonly verdict: Verdict | undefined;
  /** What the banner says: the send decision the on-send check reaches from the same inputs. */
  readonly banner: BannerState | undefined;
  readonly policy: Policy | undefined;
  readonly policyErrors: readonly PolicyError[];
  readonly dismissedCount: number;
  /** Whether the draft has attachments (the move is offered only then). */
  readonly hasAttachments: boolean;
  /** The pane was opened by the on-send check (a Smart Alert), not by the user. */
  readonly openedFromSend: boolean;
  /** Whether the user has recorded an informed decision to send the draft as it is now. */
  readonly overridden: boolean;
  /** Marks findings "not personal data"; sensitive ones come with the reason the user gave. Recorded. */
  dismiss(findings: readonly RatedFinding[], reason: ChosenReason | undefined): void;
  restoreDismissed(): void;
  /** Record (or withdraw) the decision to send despite the findings shown; the on-send check honours it. */
  sendAnyway(decided: boolean, reason?: ChosenReason): void;
  rescan(): void;
}

export function useTaskpane(services: TaskpaneServices): TaskpaneModel {
  const language = languageFromDisplay(services.mailbox.displayLanguage);
  const loaded = useAsyncValue(services.loadPolicy);
  const context = useAsyncValue(() => services.mailbox.getInitializationContext().catch(() => undefined));
  const session = useSession(services.mailbox);
  const { state, rescan } = useDraftScan(services, loaded?.policy);
  const latest = latestScan(state);
  const record = useDecisions(services, loaded?.policy, latest?.fingerprint.draft);

  const verdict = useMemo(
    () => (latest && loaded ? decide(latest.scan, loaded.policy, session.dismissed) : undefined),
    [latest, loaded, session.dismissed],
  );
  const decision = useMemo(
    () => (verdict && loaded ? paneSendDecision(verdict, loaded.policy, session.override) : undefined),
    [verdict, loaded, session.override],
  );

  // The on-send check may not fetch policy.json: hand it the organisation's policy through roaming settings.
  useEffect(() => {
    if (loaded && loaded.errors.length === 0)
      cachePolicy(services.mailbox, loaded.policy).catch(() => undefined);
  }, [loaded, services.mailbox]);

  // Cache the finished scan (no values) so the on-send check can reuse it when the draft is unchanged.
  const { cacheScan } = session;
  useEffect(() => {
    if (state.kind === 'scanned' && verdict) cacheScan(buildCachedScan(state.result.fingerprint, verdict));
  }, [state, verdict, cacheScan]);

  return {
    language,
    strings: stringsFor(language),
    state,
    verdict,
    banner: verdict && decision ? bannerState(verdict, decision) : undefined,
    policy: loaded?.policy,
    policyErrors: loaded ? loaded.errors : [],
    dismissedCount: session.dismissed.length,
    hasAttachments: latest !== undefined && latest.fingerprint.attachments.length > 0,
    openedFromSend: parseSendContext(context) !== undefined,
    overridden: decision?.kind === 'allow' && decision.reason === 'override',
    dismiss: (findings, reason) => {
      for (const key of new Set(findings.map((f) => f.key))) session.dismiss(key);
      record('dismiss', findings, reason ?? { reason: 'not-personal-data' });
    },
    restoreDismissed: session.restoreAll,
    sendAnyway: (decided, reason) => {
      session.recordOverride(
        decided && verdict ? informedOverride(verdict, new Date().toISOString()) : undefined,
      );
      if (decided && verdict && reason)
        record(
          'override',
          verdict.findings.filter((f) => f.action === 'block' || f.action === 'warn'),
          reason,
        );
    },
    rescan,
  };
}
