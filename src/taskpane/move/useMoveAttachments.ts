/**
 * The move's state in the task pane: one click moves every file attachment of the draft, one at a time
 * (Outlook on the web allows three concurrent async calls), and each moved file can be undone.
 * Closing the pane aborts the upload in flight; nothing has been removed at that point.
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { readSession } from '../../addin';
import type { MoveDeps } from './deps';
import { moveAttachment } from './run-move';
import { undoMove } from './run-undo';
import { INITIAL_MOVE_STATE, moveReducer, type MoveRow, type MoveRunState } from './state';
import { moveTargets, nextTarget, recipientsOf } from './targets';

export interface MoveModel {
  readonly state: MoveRunState;
  /** Moves every file attachment still in the draft. */
  start(): void;
  /** Aborts the upload in flight and skips the rest; those attachments stay in the draft. */
  cancel(): void;
  undo(key: string): void;
}

export function useMoveAttachments(deps: MoveDeps | undefined): MoveModel {
  const [state, dispatch] = useReducer(moveReducer, INITIAL_MOVE_STATE);
  const controller = useRef<AbortController | undefined>(undefined);
  const running = useRef(false);

  // Files moved earlier in this draft (the pane may have been closed since) stay undoable.
  useEffect(() => {
    if (!deps) return;
    let live = true;
    void readSession(deps.mailbox).then(
      (session) => {
        const rows: MoveRow[] = session.moved
          .filter((m) => typeof m.fileId === 'string')
          .map((m) => ({
            key: `moved-${m.fileId ?? ''}`,
            name: m.name,
            size: 0,
            state: { kind: 'moved', file: { fileId: m.fileId ?? '', url: m.url, expiresAt: '' } },
          }));
        if (live && rows.length > 0) dispatch({ kind: 'restore', rows });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [deps]);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(() => {
    if (!deps || running.current) return;
    running.current = true;
    const abort = new AbortController();
    controller.current = abort;
    void (async () => {
      try {
        const targets = await moveTargets(deps.mailbox);
        const recipients = await recipientsOf(deps.mailbox);
        const rows = targets.map((t): MoveRow => ({
          key: t.id,
          name: t.name,
          size: t.size,
          state: { kind: 'idle' },
        }));
        dispatch({ kind: 'start', rows });
        for (const original of targets) {
          const update = (next: MoveRow['state']): void =>
            dispatch({ kind: 'update', key: original.id, state: next });
          if (abort.signal.aborted) {
            update({
              kind: 'failed',
              step: 'reading',
              problem: { kind: 'cancelled' },
              attachmentKept: true,
              linkInserted: false,
            });
            continue;
          }
          if (recipients.length === 0) {
            update({
              kind: 'failed',
              step: 'uploading',
              problem: { kind: 'no-recipients' },
              attachmentKept: true,
              linkInserted: false,
            });
            continue;
          }
          // Attachment ids can change after a removal: look the file up again before each move.
          const target = await nextTarget(deps.mailbox, original).catch(() => original);
          await moveAttachment(deps, target, recipients, update, abort.signal);
        }
      } catch {
        // Reading the attachment list failed: nothing started, nothing changed.
      } finally {
        running.current = false;
        dispatch({ kind: 'finish' });
      }
    })();
  }, [deps]);

  const cancel = useCallback(() => controller.current?.abort(), []);

  const undo = useCallback(
    (key: string) => {
      const row = state.rows.find((r) => r.key === key);
      if (
        !deps ||
        !row ||
        (row.state.kind !== 'moved' &&
          !(row.state.kind === 'failed' && row.state.step === 'undo' && row.state.file))
      )
        return;
      const file = row.state.kind === 'moved' ? row.state.file : row.state.file;
      if (!file) return;
      void undoMove(deps, row.name, file, (next) => dispatch({ kind: 'update', key, state: next }));
    },
    [deps, state.rows],
  );

  return { state, start, cancel, undo };
}
