/**
 * The read pane's state: the policy, the scan of the received message (exactly as a draft is scanned, in the
 * worker), its verdict and summary, archive-and-delete (src/addin/archive) and "Keep in mailbox".
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import {
  archiveMessage,
  deleteArchived,
  retentionClassFor,
  type ArchiveDeps,
  type ArchiveState,
} from '../../addin/archive';
import type { ReadMailbox } from '../../addin/read-item';
import { decide } from '../../core/policy';
import type { Language, Policy, Verdict } from '../../core/policy/types';
import type { ChosenReason } from '../decisions/record';
import { useDecisions } from '../decisions/useDecisions';
import { useAsyncValue } from '../hooks/useAsyncValue';
import { latestScan, useDraftScan, type ScanState } from '../hooks/useDraftScan';
import type { TaskpaneServices } from '../services';
import { languageFromDisplay, stringsFor, type Strings } from '../strings';
import { createArchiveDeps } from './create-deps';
import { readStringsFor, type ReadStrings } from './strings';
import { summarise, type ReadSummary } from './summary';

export interface ReadPaneModel {
  readonly language: Language;
  readonly strings: Strings;
  readonly read: ReadStrings;
  readonly state: ScanState;
  readonly policy: Policy | undefined;
  readonly verdict: Verdict | undefined;
  readonly summary: ReadSummary | undefined;
  /** The vault's retention class the copies get; undefined: the vault's default. */
  readonly retentionClass: string | undefined;
  readonly canGetAsFile: boolean;
  readonly wholeMessage: boolean;
  setWholeMessage(value: boolean): void;
  readonly archive: ArchiveState | undefined;
  startArchive(): void;
  /** After a failed delete: move the message again, the copies already verified. */
  retryDelete(): void;
  readonly kept: boolean;
  keep(reason: ChosenReason): void;
  rescan(): void;
}

export function useReadPane(services: TaskpaneServices, message: ReadMailbox): ReadPaneModel {
  const language = languageFromDisplay(message.displayLanguage);
  const strings = stringsFor(language);
  const read = readStringsFor(language);
  const loaded = useAsyncValue(services.loadPolicy);
  const policy = loaded?.policy;
  const { state, rescan } = useDraftScan(services, policy);
  const latest = latestScan(state);
  const record = useDecisions(services, policy, latest?.fingerprint.draft);
  const [wholeMessage, setWholeMessage] = useState(true);
  const [archive, setArchive] = useState<ArchiveState | undefined>(undefined);
  const [kept, setKept] = useState(false);
  const deps = useRef<ArchiveDeps | undefined>(undefined);
  const running = useRef(false);

  const verdict = useMemo(
    () => (latest && policy ? decide(latest.scan, policy, []) : undefined),
    [latest, policy],
  );
  const names = useMemo(() => (latest ? latest.fingerprint.attachments.map((a) => a.name) : []), [latest]);
  const summary = useMemo(
    () => (verdict ? summarise(verdict, strings, read) : undefined),
    [verdict, strings, read],
  );
  const canGetAsFile = message.canGetAsFile();

  const startArchive = useCallback(() => {
    if (!policy || running.current) return;
    running.current = true;
    setKept(false);
    const findings = latest?.scan.findings ?? [];
    deps.current = createArchiveDeps(message, services.host, policy, services.graph, names, findings);
    void archiveMessage(deps.current, { wholeMessage }, setArchive).finally(() => (running.current = false));
  }, [policy, message, services.host, services.graph, names, wholeMessage, latest]);

  const retryDelete = useCallback(() => {
    if (!deps.current || running.current || archive?.kind !== 'failed') return;
    running.current = true;
    // The failure carries the verified copies and what the pane said of them (people left out included).
    void deleteArchived(deps.current, archive, setArchive).finally(() => (running.current = false));
  }, [archive]);

  const keep = useCallback(
    (reason: ChosenReason) => {
      const findings = verdict
        ? verdict.findings.filter((f) => f.action === 'block' || f.action === 'warn')
        : [];
      // The decision is about P3 (keeping received personal data in the mailbox), whatever clause found it.
      record(
        'keep-in-mailbox',
        findings.map((f) => ({ category: f.category, type: f.type, clause: 'P3' as const })),
        reason,
      );
      setKept(true);
    },
    [verdict, record],
  );

  return {
    language,
    strings,
    read,
    state,
    policy,
    verdict,
    summary,
    retentionClass: policy
      ? retentionClassFor(policy.archive, { subject: message.subject, attachmentNames: names })
      : undefined,
    canGetAsFile,
    wholeMessage,
    setWholeMessage,
    archive,
    startArchive,
    retryDelete,
    kept,
    keep,
    rescan,
  };
}
