/**
 * The per-draft state shared with the on-send check (item session data, via the adapter): the findings
 * marked "not personal data" and the scan cached for the send check. Writes are serialised because each is a
 * read-modify-write of one JSON value.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  readSession,
  updateSession,
  withDismissed,
  withOverride,
  withScan,
  type CachedScan,
  type InformedOverride,
  type Mailbox,
  type SessionState,
} from '../../addin';

export interface SessionApi {
  /** Keys of the findings marked "not personal data" in this draft. */
  readonly dismissed: readonly string[];
  dismiss(key: string): void;
  restoreAll(): void;
  cacheScan(scan: CachedScan): void;
  /** The user's informed decision to send this draft as it is (read by the on-send check). */
  readonly override: InformedOverride | undefined;
  recordOverride(override: InformedOverride | undefined): void;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, index) => key === b[index]);
}

export function useSession(mailbox: Mailbox): SessionApi {
  const [dismissed, setDismissed] = useState<readonly string[]>([]);
  const [override, setOverride] = useState<InformedOverride | undefined>(undefined);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const enqueue = useCallback(
    (change: (state: SessionState) => SessionState) => {
      const next = queue.current.then(() => updateSession(mailbox, change));
      // Session data may be missing (Mailbox < 1.11): the pane still works, only without sharing.
      queue.current = next
        .then((state) =>
          setDismissed((current) => (sameKeys(current, state.dismissed) ? current : state.dismissed)),
        )
        .catch(() => undefined);
    },
    [mailbox],
  );

  useEffect(() => {
    let live = true;
    readSession(mailbox).then(
      (state) => {
        if (!live) return;
        setDismissed(state.dismissed);
        setOverride(state.override);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [mailbox]);

  const dismiss = useCallback(
    (key: string) => {
      setDismissed((current) => (current.includes(key) ? current : current.concat([key])));
      enqueue((state) => withDismissed(state, key, true));
    },
    [enqueue],
  );
  const restoreAll = useCallback(() => {
    setDismissed([]);
    enqueue((state) => ({ ...state, dismissed: [] }));
  }, [enqueue]);
  const cacheScan = useCallback((scan: CachedScan) => enqueue((state) => withScan(state, scan)), [enqueue]);
  const recordOverride = useCallback(
    (next: InformedOverride | undefined) => {
      setOverride(next);
      enqueue((state) => withOverride(state, next));
    },
    [enqueue],
  );

  return { dismissed, dismiss, restoreAll, cacheScan, override, recordOverride };
}
