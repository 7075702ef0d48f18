/**
 * "Mask" on a line of the pane: replaces the values in the draft's body by their masked form
 * (`850709-9805` → `850709-****`), with Undo. Undo puts back the body as it was, but only while the body
 * is still what the mask left (the user may have typed since; then Undo says so rather than lose the typing).
 */
import { useCallback, useRef, useState } from 'react';
import type { Mailbox } from '../../addin';
import { maskInHtml, type Replacement } from './mask-html';

export type MaskState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'masked'; readonly count: number }
  | { readonly kind: 'undone' }
  | { readonly kind: 'failed'; readonly step: 'mask' | 'undo'; readonly retry: () => void };

export interface MaskModel {
  readonly state: MaskState;
  mask(replacements: readonly Replacement[]): void;
  undo(): void;
}

export interface MaskDeps {
  readonly mailbox: Mailbox;
  /** `body.setAsync` of the item (see src/addin/vault/replace-body.ts). */
  readonly replaceBodyHtml: (html: string) => Promise<void>;
}

export function useMask(deps: MaskDeps): MaskModel {
  const [state, setState] = useState<MaskState>({ kind: 'idle' });
  // What the body was before the mask, and what the mask made of it.
  const last = useRef<{ before: string; after: string } | undefined>(undefined);

  const mask = useCallback(
    (replacements: readonly Replacement[]) => {
      const run = async (): Promise<void> => {
        setState({ kind: 'working' });
        try {
          const before = await deps.mailbox.getBody('html');
          const result = maskInHtml(before, replacements);
          if (result.replaced > 0) await deps.replaceBodyHtml(result.html);
          // Read back: Outlook normalises the HTML it is given, and Undo compares with what is there.
          const after = result.replaced > 0 ? await deps.mailbox.getBody('html') : before;
          last.current = { before, after };
          setState({ kind: 'masked', count: result.replaced });
        } catch {
          setState({ kind: 'failed', step: 'mask', retry: () => void run() });
        }
      };
      void run();
    },
    [deps],
  );

  const undo = useCallback(() => {
    const run = async (): Promise<void> => {
      const saved = last.current;
      if (!saved) return;
      setState({ kind: 'working' });
      try {
        const now = await deps.mailbox.getBody('html');
        if (now !== saved.after) throw new Error('the body changed since the mask');
        await deps.replaceBodyHtml(saved.before);
        last.current = undefined;
        setState({ kind: 'undone' });
      } catch {
        setState({ kind: 'failed', step: 'undo', retry: () => void run() });
      }
    };
    void run();
  }, [deps]);

  return { state, mask, undo };
}
