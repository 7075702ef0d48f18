/** Moving attachments to the vault from the task pane: state machine, flow, Undo and their components. */
export { MovePanel } from './MovePanel';
export type { MovePanelProps } from './MovePanel';
export { MoveRowView } from './MoveRowView';
export { createMoveDeps } from './create-deps';
export type { MoveDeps } from './deps';
export { formatBytes, formatDate } from './format';
export {
  LINK_BLOCK_PREFIX,
  linkBlockHtml,
  linkBlockId,
  linkRowHtml,
  removeLinkBlock,
  withLinkRow,
} from './link-block';
export type { LinkBlockInput } from './link-block';
export { problemFrom } from './problems';
export { moveAttachment } from './run-move';
export { undoMove } from './run-undo';
export { INITIAL_MOVE_STATE, isBusy, moveReducer, percentOf } from './state';
export type {
  AttachmentMoveState,
  MoveAction,
  MovedFile,
  MoveProblem,
  MoveProblemKind,
  MoveRow,
  MoveRunState,
  MoveStep,
} from './state';
export { moveStringsFor } from './strings';
export type { MoveStrings } from './strings';
export { moveTargets, nextTarget, recipientsOf } from './targets';
export { useMoveAttachments } from './useMoveAttachments';
export type { MoveModel } from './useMoveAttachments';
export { attachmentsBlockedSend, useMoveFeature } from './useMoveFeature';
export type { MoveFeature } from './useMoveFeature';
