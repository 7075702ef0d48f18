/**
 * The task pane's whole state, composed from the smaller hooks: policy, session, live scan, verdict.
 * Components receive this model (data and callbacks) and never touch Office.
 */
import { useEffect, useMemo } from 'react';
import { buildCachedScan, cachePolicy, informedOverride, parseSendContext } from '../../addin';
import type { InformedOverride } from '../../addin';
import type { Language, PolicyError, Verdict } from '../../core/policy/types';
import { decide } from '../../core/policy';
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
  readonly policyErrors: readonly PolicyError[];
  readonly dismissedCount: number;
  /** The pane was opened by the on-send check (a Smart Alert), not by the user. */
  readonly openedFromSend: boolean;
  /** Whether the user has recorded an informed decision to send the draft as it is now. */
  readonly overridden: boolean;
  dismiss(key: string): void;
  restoreDismissed(): void;
  /** Record (or withdraw) the decision to send despite the findings shown; the on-send check honours it. */
  sendAnyway(decided: boolean): void;
  rescan(): void;
}

/** An override still covers the verdict when every finding shown now was among those the user accepted. */
function overrideCovers(override: InformedOverride | undefined, verdict: Verdict | undefined): boolean {
  if (override === undefined || verdict === undefined) return false;
  return verdict.findings.every((f) => override.keys.indexOf(f.key) >= 0);
}

export function useTaskpane(services: TaskpaneServices): TaskpaneModel {
  const language = languageFromDisplay(services.mailbox.displayLanguage);
  const loaded = useAsyncValue(services.loadPolicy);
  const context = useAsyncValue(() => services.mailbox.getInitializationContext().catch(() => undefined));
  const session = useSession(services.mailbox);
  const { state, rescan } = useDraftScan(services, loaded?.policy);
  const latest = latestScan(state);

  const verdict = useMemo(
    () => (latest && loaded ? decide(latest.scan, loaded.policy, session.dismissed) : undefined),
    [latest, loaded, session.dismissed],
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
    policyErrors: loaded ? loaded.errors : [],
    dismissedCount: session.dismissed.length,
    openedFromSend: parseSendContext(context) !== undefined,
    overridden: overrideCovers(session.override, verdict),
    dismiss: session.dismiss,
    restoreDismissed: session.restoreAll,
    sendAnyway: (decided) =>
      session.recordOverride(
        decided && verdict ? informedOverride(verdict, new Date().toISOString()) : undefined,
      ),
    rescan,
  };
}
