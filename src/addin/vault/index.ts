/** The add-in's client for the vault (Mail Guard's secure server). */
export { createVaultClient, httpError } from './client';
export type { VaultClient, VaultClientOptions, VaultRequest } from './client';
export {
  VaultAbortedError,
  VaultChecksumError,
  VaultHttpError,
  VaultNetworkError,
  VaultResponseError,
  isTransient,
} from './errors';
export { DECISION_QUEUE_KEY, DECISION_QUEUE_MAX, createDecisionLog, draftFingerprint } from './decisions';
export type {
  DecisionDraft,
  DecisionLog,
  DecisionLogOptions,
  QueueStorage,
  RecordOutcome,
} from './decisions';
export { downloadFile, eraseFile } from './files';
export { listMyLinks, revokeLink, updateLink } from './links';
export { bodyReplacer } from './replace-body';
export { RETRY_DELAYS_MS, withRetries } from './retry';
export { sha256Hex } from './sha256';
export type { Digester } from './sha256';
export { xhrTransport } from './transport';
export type { HttpRequest, HttpResponse, HttpTransport } from './transport';
export { uploadToVault, verifiedUpload } from './upload';
export { segmentBytes, uploadResumable } from './upload-resumable';
export { SEGMENT_TARGET_BYTES, SIMPLE_UPLOAD_MAX_BYTES } from './upload-types';
export type { UploadInput, UploadOptions } from './upload-types';
