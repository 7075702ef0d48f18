/** React bindings for the simulator's store and the send flow. */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { SendCompletedOptions } from '../addin';
import type { ComposeStore } from './office/compose-store';
import type { FakeOffice } from './office/fake-office';
import { runSendHandler } from './office/run-send';

/** Re-renders on every store change. */
export function useStore(store: ComposeStore): ComposeStore {
  const [, tick] = useReducer((n: number) => n + 1, 0);
  useEffect(() => store.subscribe(() => tick()), [store]);
  return store;
}

export type SendState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking'; readonly slow: boolean }
  | { readonly kind: 'alert'; readonly options: SendCompletedOptions }
  | { readonly kind: 'sent' }
  | { readonly kind: 'failed'; readonly message: string };

/** Outlook shows "taking longer than expected" five seconds after Send. */
const SLOW_AFTER_MS = 5000;

export function useSend(office: FakeOffice, store: ComposeStore, bundleUrl: string) {
  const [state, setState] = useState<SendState>({ kind: 'idle' });
  const slowTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const send = useCallback(() => {
    setState({ kind: 'checking', slow: false });
    slowTimer.current = setTimeout(
      () => setState((s) => (s.kind === 'checking' ? { kind: 'checking', slow: true } : s)),
      SLOW_AFTER_MS,
    );
    runSendHandler(office, bundleUrl)
      .then(
        (options) => setState(options.allowEvent ? { kind: 'sent' } : { kind: 'alert', options }),
        (error: unknown) =>
          setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => clearTimeout(slowTimer.current));
  }, [office, bundleUrl]);
  const dismiss = useCallback(() => setState({ kind: 'idle' }), []);
  const sendAnyway = useCallback(() => setState({ kind: 'sent' }), []);
  const newMessage = useCallback(() => {
    store.reset();
    setState({ kind: 'idle' });
  }, [store]);
  return { state, send, dismiss, sendAnyway, newMessage };
}
