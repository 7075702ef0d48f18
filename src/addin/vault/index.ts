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
export { downloadFile, eraseFile } from './files';
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
