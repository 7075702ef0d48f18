/**
 * The Office adapter: the only code that touches Office.js. Task pane and on-send import from here.
 * Start with `createMailbox(officeFromGlobal())` (or a shim / fake) and pass the `Mailbox` down.
 */
export { officeFromGlobal } from './office-host';
export type {
  OfficeHost,
  HostAsyncResult,
  HostAsyncStatus,
  HostAttachmentContent,
  HostAttachmentDetails,
  HostCallback,
  HostComposeItem,
  HostContext,
  HostEmailAddress,
  HostEmailUser,
  HostError,
  HostEvent,
  HostItemEventType,
  HostNotification,
  HostRoamingSettings,
  HostSessionData,
  SendCompletedOptions,
} from './office-host';
export { OfficeApiError, NoComposeItemError } from './errors';
export { callOffice } from './promisify';
export { createMailbox } from './mailbox';
export type { Mailbox, RecipientField, ItemEvent } from './mailbox';
export { createSendMailbox } from './send-mailbox';
export type { SendMailbox } from './send-mailbox';
export { decodeBase64, encodeBase64, encodeUtf8, Base64Error } from './base64';
export { ContentHasher, hashText } from './content-hash';
export { readDraft } from './read-draft';
export type { Extractor, ReadDraftOptions } from './read-draft';
export { DraftProgress } from './draft-progress';
export type { ReadDraftResult, DraftFingerprint, AttachmentFingerprint } from './draft-progress';
export { summariseVerdict, buildCachedScan, inAttachment } from './scan-summary';
export type { FindingSummary, ScanSummary, CachedScan, CachedAttachment } from './scan-summary';
export {
  SESSION_KEY,
  SESSION_MAX_CHARS,
  EMPTY_SESSION,
  readSession,
  parseSession,
  writeSession,
  updateSession,
  withDismissed,
  withOverride,
  withScan,
  withMoved,
} from './session';
export type { SessionState, InformedOverride, MovedAttachment } from './session';
export { POLICY_SETTING, cachePolicy, cachedPolicy } from './policy-cache';
export { parseSendContext } from './send-context';
export type { SendContext, SendContextItem } from './send-context';
export { informedOverride, uncheckedPartName } from './override';
export { removeAttachments } from './remove-attachments';
export { applyRecipientFix, undoRecipientFix } from './recipients';
export type { RecipientFixResult, RecipientSnapshot } from './recipients';
export type { AttachmentTarget, RemovalResult } from './remove-attachments';
