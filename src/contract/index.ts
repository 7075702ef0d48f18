/** Wire types shared by the add-in and the vault. Pure types and small validators; imports nothing. */
export {
  HEADER_CONTENT_SHA256,
  HEADER_DOWNLOAD_LIMIT,
  HEADER_FILE_NAME,
  HEADER_LINK_EXPIRY_DAYS,
  HEADER_RECIPIENTS,
  HEADER_RETENTION_CLASS,
  VAULT_REQUEST_HEADERS,
} from './headers';
export type {
  AuditVerification,
  FileMetadata,
  LinkInfo,
  SubjectErasure,
  SubjectExport,
  UploadResponse,
  UploadSession,
  UploadSessionRequest,
  VaultLimits,
} from './files';
export type {
  DecisionCount,
  DecisionInput,
  DecisionKind,
  DecisionReason,
  DecisionSummary,
} from './decisions';
export {
  DECISION_CLAUSES,
  DECISION_KINDS,
  DECISION_REASONS,
  REASON_TEXT_MAX,
  reasonTextProblem,
} from './decisions';
export type { LinkDownload, LinkState, LinkUpdate, MyLink, MyLinks } from './links';
export type { ErrorBody, VaultErrorCode } from './errors';
export { isErrorBody } from './errors';
export { isEmailAddress, isSha256Hex, parseRecipients, isUploadResponse } from './validate';
