/**
 * The state machine of moving one attachment, and of the whole run. Pure: the hook feeds it actions.
 * idle → reading → uploading → verifying → linking → removing → moved; any step can end in failed.
 * A moved attachment can be undone: undoing → restored (or failed at step `undo`).
 */

/** The step that failed. */
export type MoveStep = 'reading' | 'uploading' | 'verifying' | 'linking' | 'removing' | 'undo';

/** Why a step failed; the strings module turns it into a message and what to try. */
export type MoveProblemKind =
  | 'vault-unreachable'
  | 'vault-error'
  | 'checksum-mismatch'
  | 'signed-out'
  | 'sign-in-unavailable'
  | 'sign-in-cancelled'
  | 'too-large'
  | 'refused-type'
  | 'refused'
  | 'office-failed'
  | 'not-removed'
  | 'unsupported-attachment'
  | 'no-recipients'
  | 'cancelled';

export interface MoveProblem {
  readonly kind: MoveProblemKind;
  /** HTTP status or Office error text for support; never content. */
  readonly detail?: string;
}

/** Where a moved file lives (enough for Undo). */
export interface MovedFile {
  readonly fileId: string;
  readonly url: string;
  readonly expiresAt: string;
}

export type AttachmentMoveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading' }
  | { readonly kind: 'uploading'; readonly bytes: number; readonly total: number; readonly percent: number }
  | { readonly kind: 'verifying' }
  | { readonly kind: 'linking' }
  | { readonly kind: 'removing' }
  | { readonly kind: 'moved'; readonly file: MovedFile }
  | { readonly kind: 'undoing'; readonly file: MovedFile }
  | { readonly kind: 'restored'; readonly linkLeft: boolean }
  | {
      readonly kind: 'failed';
      readonly step: MoveStep;
      readonly problem: MoveProblem;
      /** True whenever the attachment is still in the draft (always, except after a failed undo). */
      readonly attachmentKept: boolean;
      /** The link block is in the body (a failure at `removing`, or a failed undo). */
      readonly linkInserted: boolean;
      readonly file?: MovedFile;
    };

export interface MoveRow {
  /** Stable key: the attachment id when the run started (Outlook's ids change after removals). */
  readonly key: string;
  readonly name: string;
  readonly size: number;
  readonly state: AttachmentMoveState;
}

export interface MoveRunState {
  /** A move was started in this pane (rows restored from session data do not count). */
  readonly started: boolean;
  readonly running: boolean;
  readonly rows: readonly MoveRow[];
}

export type MoveAction =
  | { readonly kind: 'start'; readonly rows: readonly MoveRow[] }
  /** Files moved earlier in this draft, from session data. */
  | { readonly kind: 'restore'; readonly rows: readonly MoveRow[] }
  | { readonly kind: 'update'; readonly key: string; readonly state: AttachmentMoveState }
  | { readonly kind: 'finish' };

export const INITIAL_MOVE_STATE: MoveRunState = { started: false, running: false, rows: [] };

/** Percent of `bytes` in `total`, whole numbers, 0-100. */
export function percentOf(bytes: number, total: number): number {
  return total <= 0 ? 100 : Math.min(100, Math.max(0, Math.floor((bytes / total) * 100)));
}

export function moveReducer(state: MoveRunState, action: MoveAction): MoveRunState {
  switch (action.kind) {
    case 'start': {
      // Keep finished rows of earlier runs (moved files stay undoable) and replace the others.
      const kept = state.rows.filter(
        (row) =>
          (row.state.kind === 'moved' || row.state.kind === 'undoing') &&
          !action.rows.some((r) => r.key === row.key),
      );
      return { started: true, running: true, rows: kept.concat(action.rows) };
    }
    case 'restore': {
      const fresh = action.rows.filter((row) => !state.rows.some((r) => r.key === row.key));
      return { ...state, rows: fresh.concat(state.rows) };
    }
    case 'update':
      return {
        ...state,
        rows: state.rows.map((row) => (row.key === action.key ? { ...row, state: action.state } : row)),
      };
    case 'finish':
      return { ...state, running: false };
  }
}

/** True while a step of this row is in progress. */
export function isBusy(state: AttachmentMoveState): boolean {
  return (
    state.kind !== 'idle' && state.kind !== 'moved' && state.kind !== 'restored' && state.kind !== 'failed'
  );
}
