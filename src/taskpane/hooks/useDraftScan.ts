/**
 * Keeps a scan of the open draft current: on open, right after RecipientsChanged / AttachmentsChanged
 * (Office's events), and when polling sees the subject or body change (Outlook has no body event; a short
 * debounce after the change is seen). Attachments are read once per id and size (scan/attachment-cache.ts),
 * so a re-scan after a body edit reads only the text parts. Stale results are dropped; the previous scan
 * stays on screen while a new one runs so the pane does not flicker.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { readDraft, type DraftFingerprint } from '../../addin';
import type { DraftFinding, DraftScan } from '../../core/draft/types';
import { lineAt } from '../components/location';
import type { Policy } from '../../core/policy/types';
import { withAttachmentCache } from '../scan/attachment-cache';
import { readTextParts } from '../scan/text-parts';
import type { TaskpaneServices } from '../services';

/** A finished scan and the fingerprint of the draft it describes (for the on-send check's cache). */
export interface ScannedDraft {
  readonly scan: DraftScan;
  readonly fingerprint: DraftFingerprint;
}

export type ScanState =
  | { readonly kind: 'scanning'; readonly previous?: ScannedDraft }
  | { readonly kind: 'scanned'; readonly result: ScannedDraft }
  | { readonly kind: 'failed'; readonly reason: string; readonly previous?: ScannedDraft };

/** The last complete scan in a state, if any. */
export function latestScan(state: ScanState): ScannedDraft | undefined {
  switch (state.kind) {
    case 'scanned':
      return state.result;
    case 'scanning':
    case 'failed':
      return state.previous;
  }
}

/** Body findings get the 1-based line they start on, for "in the body, line 3" (other positions come from the scan). */
function withBodyLines(findings: readonly DraftFinding[], body: string): readonly DraftFinding[] {
  return findings.map((f) =>
    f.where.part === 'body' && !('line' in f.where)
      ? { ...f, where: Object.assign({ line: lineAt(body, f.where.start) }, f.where) }
      : f,
  );
}

/** The pane is not under Outlook's 5-second send budget; allow a large attachment its time. */
const READ_BUDGET_MS = 60_000;
const now = (): number => performance.now();

const withPrevious = (previous: ScannedDraft | undefined) => (previous ? { previous } : {});

/** An Office event scans at once; the 0 ms timer only folds events fired together into one scan. */
const EVENT_DELAY_MS = 0;

export function useDraftScan(
  services: TaskpaneServices,
  policy: Policy | undefined,
): { state: ScanState; rescan: () => void } {
  const [state, setState] = useState<ScanState>({ kind: 'scanning' });
  const sequence = useRef(0);
  const lastText = useRef<string | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // One scan at a time (Outlook on the web allows few concurrent calls); a request meanwhile runs after it.
  const running = useRef(false);
  const again = useRef(false);
  const mailbox = useMemo(() => withAttachmentCache(services.mailbox), [services.mailbox]);

  const run = useCallback(async (): Promise<void> => {
    if (!policy) return;
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    const id = ++sequence.current;
    setState((current) => ({ kind: 'scanning', ...withPrevious(latestScan(current)) }));
    try {
      const read = await readDraft(mailbox, {
        now,
        budgetMs: READ_BUDGET_MS,
        extract: services.scanner.extract,
      });
      lastText.current = `${read.draft.subject}\u0000${read.draft.body}`;
      const analysed = await services.scanner.analyze(read.draft, policy, services.today());
      // Parts the adapter could not read are errors of the scan too: never silently clean.
      const scan: DraftScan = {
        findings: withBodyLines(analysed.findings, read.draft.body),
        errors: read.problems.concat(analysed.errors),
      };
      if (id === sequence.current)
        setState({ kind: 'scanned', result: { scan, fingerprint: read.fingerprint } });
    } catch (error: unknown) {
      if (id !== sequence.current) return;
      const reason = error instanceof Error ? error.name : 'failed';
      setState((current) => ({ kind: 'failed', reason, ...withPrevious(latestScan(current)) }));
    } finally {
      running.current = false;
      if (again.current) {
        again.current = false;
        void run();
      }
    }
  }, [services, mailbox, policy]);

  const schedule = useCallback(
    (delayMs: number) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void run(), delayMs);
    },
    [run],
  );

  useEffect(() => {
    if (!policy) return undefined;
    let live = true;
    void run();
    const onChange = () => {
      if (live) schedule(EVENT_DELAY_MS);
    };
    services.mailbox.onItemEvent('recipients-changed', onChange).catch(() => undefined);
    services.mailbox.onItemEvent('attachments-changed', onChange).catch(() => undefined);
    const poll = setInterval(() => {
      readTextParts(services.mailbox).then(
        (text) => {
          if (live && lastText.current !== undefined && text !== lastText.current) {
            lastText.current = text;
            schedule(services.debounceMs);
          }
        },
        () => undefined,
      );
    }, services.pollIntervalMs);
    return () => {
      live = false;
      clearInterval(poll);
      clearTimeout(timer.current);
    };
  }, [services, policy, run, schedule]);

  return { state, rescan: () => void run() };
}
