/**
 * Stores one file in the vault and returns its "stored and verified" answer (201) — but only when the
 * SHA-256 the vault reports is the one computed from the draft's bytes. Small files go in one
 * `POST /api/files`; larger ones use the resumable protocol so a dropped connection resumes.
 */
import {
  encodeDataSubjects,
  HEADER_CONTENT_SHA256,
  HEADER_DATA_SUBJECTS,
  HEADER_FILE_NAME,
  HEADER_LINK_EXPIRY_DAYS,
  HEADER_RECIPIENTS,
  HEADER_RETENTION_CLASS,
  type UploadResponse,
} from '../../contract';
import { isUploadResponse } from '../../contract/check';
import type { VaultClient } from './client';
import { VaultChecksumError, VaultResponseError } from './errors';
import { withRetries } from './retry';
import { uploadResumable } from './upload-resumable';
import { SIMPLE_UPLOAD_MAX_BYTES, type UploadInput, type UploadOptions } from './upload-types';

/** Checks the 201 body against the contract and against our own SHA-256. */
export function verifiedUpload(body: unknown, expectedSha256: string): UploadResponse {
  if (!isUploadResponse(body))
    throw new VaultResponseError('The secure server gave an answer Mail Guard does not understand.');
  if (body.sha256.toLowerCase() !== expectedSha256.toLowerCase()) {
    throw new VaultChecksumError('The secure server stored different bytes than were read from the draft.');
  }
  return body;
}

async function uploadSimple(
  client: VaultClient,
  input: UploadInput,
  options: UploadOptions,
): Promise<unknown> {
  const total = input.bytes.length;
  const headers: Record<string, string> = {
    'content-type': input.contentType || 'application/octet-stream',
    [HEADER_FILE_NAME]: encodeURIComponent(input.fileName),
    [HEADER_CONTENT_SHA256]: input.sha256,
    [HEADER_RECIPIENTS]: input.recipients.join(','),
  };
  if (input.linkExpiryDays !== undefined) headers[HEADER_LINK_EXPIRY_DAYS] = String(input.linkExpiryDays);
  if (input.retentionClass !== undefined) headers[HEADER_RETENTION_CLASS] = input.retentionClass;
  const people = encodeDataSubjects(input.dataSubjects ?? []);
  if (people !== undefined) headers[HEADER_DATA_SUBJECTS] = people;
  const response = await withRetries(
    () => {
      options.onProgress?.(0, total);
      return client.request({
        method: 'POST',
        path: '/api/files',
        headers,
        body: input.bytes,
        onUploadProgress: (sent) => options.onProgress?.(Math.min(sent, total), total),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    },
    client.sleep,
    options.signal,
  );
  return response.json;
}

/** Uploads `input`; resolves only with a verified answer whose SHA-256 matches `input.sha256`. */
export async function uploadToVault(
  client: VaultClient,
  input: UploadInput,
  options: UploadOptions = {},
): Promise<UploadResponse> {
  const simple = input.bytes.length <= (options.simpleMaxBytes ?? SIMPLE_UPLOAD_MAX_BYTES);
  const body = simple
    ? await uploadSimple(client, input, options)
    : await uploadResumable(client, input, options);
  const verified = verifiedUpload(body, input.sha256);
  options.onProgress?.(input.bytes.length, input.bytes.length);
  return verified;
}
