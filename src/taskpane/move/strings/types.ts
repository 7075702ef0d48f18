/** The move panel's text; one module per language implements it. */
import type { MoveProblemKind, MoveStep } from '../state';

export interface MoveStrings {
  readonly heading: string;
  readonly intro: string;
  /** Shown first when the on-send check stopped the mail because of attachments. */
  readonly offeredFromSend: string;
  readonly start: string;
  readonly cancel: string;
  readonly undo: string;
  readonly noAttachments: string;
  readonly waiting: string;
  readonly reading: string;
  readonly uploading: (sent: string, total: string, percent: number) => string;
  readonly verifying: string;
  readonly linking: string;
  readonly removing: string;
  readonly moved: string;
  readonly undoing: string;
  readonly restored: string;
  readonly restoredLinkLeft: string;
  readonly failedAt: { readonly [S in MoveStep]: string };
  readonly problem: {
    readonly [K in MoveProblemKind]: { readonly message: string; readonly tryThis: string };
  };
  readonly attachmentKept: string;
  readonly bothKept: string;
  readonly undoFailedKept: string;
  readonly progressLabel: (name: string) => string;
  readonly summary: (moved: number, failed: number) => string;
}
