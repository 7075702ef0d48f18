/**
 * State of the Recipients line's one-click fixes: apply through the Office adapter, then Undo. The pane
 * rescans on Outlook's RecipientsChanged, so the line updates itself after a fix.
 */
import { useCallback, useRef, useState } from 'react';
import { applyRecipientFix, undoRecipientFix, type Mailbox, type RecipientSnapshot } from '../../addin';
import type { RecipientFix } from '../../core/recipients/types';

export type RecipientFixState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'applied'; readonly fix: RecipientFix }
  | { readonly kind: 'undone' }
  | { readonly kind: 'stale' }
  | { readonly kind: 'failed' };

export interface RecipientFixModel {
  readonly state: RecipientFixState;
  apply(fix: RecipientFix): void;
  undo(): void;
}

export function useRecipientFix(mailbox: Mailbox): RecipientFixModel {
  const [state, setState] = useState<RecipientFixState>({ kind: 'idle' });
  const last = useRef<RecipientSnapshot | undefined>(undefined);
  const apply = useCallback(
    (fix: RecipientFix) => {
      setState({ kind: 'working' });
      applyRecipientFix(mailbox, fix).then(
        (result) => {
          if (result.kind === 'applied') last.current = result.undo;
          setState(
            result.kind === 'applied'
              ? { kind: 'applied', fix }
              : { kind: result.kind === 'stale' ? 'stale' : 'idle' },
          );
        },
        () => setState({ kind: 'failed' }),
      );
    },
    [mailbox],
  );
  const undo = useCallback(() => {
    const snapshot = last.current;
    if (!snapshot) return;
    setState({ kind: 'working' });
    undoRecipientFix(mailbox, snapshot).then(
      () => {
        last.current = undefined;
        setState({ kind: 'undone' });
      },
      () => setState({ kind: 'failed' }),
    );
  }, [mailbox]);
  return { state, apply, undo };
}
