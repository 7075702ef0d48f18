/**
 * Wire types shared by the add-in, the console and the vault, and small validators. The types are derived
 * from the TypeBox schemas in `./schema` (type-only imports: nothing here pulls TypeBox into a bundle); runtime
 * checks of answers are in `./check`.
 */
export {
  HEADER_CONTENT_SHA256,
  HEADER_DATA_SUBJECTS,
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
  RetentionTotals,
  StoredFiles,
  StoredFilesQuery,
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
export type { ConsoleMe, ConsoleSignIn } from './system';
export type { LinkDownload, LinkState, LinkUpdate, MyLink, MyLinks } from './links';
export type { ErrorBody, VaultErrorCode } from './errors';
export { VAULT_ERROR_CODES } from './errors';
export { LINK_MAX_RECIPIENTS } from './links';
export {
  DATA_SUBJECTS_HEADER_MAX,
  DATA_SUBJECTS_MAX,
  DATA_SUBJECT_NAME_MAX,
  dataSubjectsOf,
  decodeDataSubjects,
  encodeDataSubjects,
  type DataSubject,
  type MailPerson,
} from './data-subjects';
export { isEmailAddress, isSha256Hex, parseRecipients } from './validate';
