/**
 * The vault's resumable protocol: `POST /api/uploads` (session), `PUT /api/uploads/:id` segments with
 * `Content-Range`, `GET /api/uploads/:id` for the durable offset after a drop, `POST …/commit` (SHA-256 check).
 */
import type { UploadSession, UploadSessionRequest } from '../../contract';
import type { VaultClient } from './client';
import { VaultAbortedError, VaultHttpError, VaultResponseError, isTransient } from './errors';
import { RETRY_DELAYS_MS, withRetries } from './retry';
import { SEGMENT_TARGET_BYTES, type UploadInput, type UploadOptions } from './upload-types';

function asSession(value: unknown): UploadSession {
  const session = value as Partial<UploadSession> | undefined;
  if (
    !session ||
    typeof session.id !== 'string' ||
    typeof session.offset !== 'number' ||
    typeof session.chunkSize !== 'number'
  ) {
    throw new VaultResponseError('The secure server gave an upload session Mail Guard does not understand.');
  }
  return session as UploadSession;
}

/** Whole chunks only (the vault drops a torn tail), about {@link SEGMENT_TARGET_BYTES} per PUT. */
export function segmentBytes(chunkSize: number): number {
  return Math.max(1, Math.floor(SEGMENT_TARGET_BYTES / chunkSize)) * chunkSize;
}

/** Runs the protocol; resolves with the commit's 201 body (checked by the caller). */
export async function uploadResumable(
  client: VaultClient,
  input: UploadInput,
  options: UploadOptions,
): Promise<unknown> {
  const total = input.bytes.length;
  const signal = options.signal ? { signal: options.signal } : {};
  const json = { 'content-type': 'application/json' };
  const request: UploadSessionRequest = {
    fileName: input.fileName,
    contentType: input.contentType || 'application/octet-stream',
    size: total,
    sha256: input.sha256,
    recipients: [...input.recipients],
    ...(input.dataSubjects !== undefined && input.dataSubjects.length > 0
      ? { dataSubjects: [...input.dataSubjects] }
      : {}),
    ...(input.linkExpiryDays !== undefined ? { linkExpiryDays: input.linkExpiryDays } : {}),
    ...(input.retentionClass !== undefined ? { retentionClass: input.retentionClass } : {}),
  };
  const created = await withRetries(
    () =>
      client.request({
        method: 'POST',
        path: '/api/uploads',
        headers: json,
        body: JSON.stringify(request),
        ...signal,
      }),
    client.sleep,
    options.signal,
  );
  const session = asSession(created.json);
  const path = `/api/uploads/${encodeURIComponent(session.id)}`;
  const segment = segmentBytes(session.chunkSize);
  try {
    let offset: number | undefined = session.offset;
    let failures = 0;
    while (offset === undefined || offset < total) {
      try {
        if (offset === undefined)
          offset = asSession((await client.request({ method: 'GET', path, ...signal })).json).offset;
        if (offset >= total) break;
        const start: number = offset;
        const end = Math.min(total, start + segment);
        options.onProgress?.(start, total);
        const answer = await client.request({
          method: 'PUT',
          path,
          body: input.bytes.subarray(start, end),
          ...signal,
          headers: {
            'content-type': 'application/octet-stream',
            'content-range': `bytes ${start}-${end - 1}/${total}`,
          },
          onUploadProgress: (sent) => options.onProgress?.(Math.min(start + sent, total), total),
        });
        offset = asSession(answer.json).offset;
        failures = 0;
      } catch (error: unknown) {
        const mismatch = error instanceof VaultHttpError && error.code === 'offset-mismatch';
        // After a drop the vault may still be finishing the torn segment: wait, then ask for the offset.
        const busy = error instanceof VaultHttpError && error.code === 'conflict';
        const delay = RETRY_DELAYS_MS[failures];
        failures += 1;
        if (!(mismatch || busy || isTransient(error)) || delay === undefined) throw error;
        offset = undefined; // ask the vault where to resume
        if (!mismatch) await client.sleep(delay);
        if (options.signal?.aborted) throw new VaultAbortedError('cancelled');
      }
    }
    options.onProgress?.(total, total);
    const committed = await withRetries(
      () => client.request({ method: 'POST', path: `${path}/commit`, ...signal }),
      client.sleep,
      options.signal,
    );
    return committed.json;
  } catch (error: unknown) {
    // Leave nothing half-uploaded behind when we can (best effort: the vault may be the problem).
    client.request({ method: 'DELETE', path }).catch(() => undefined);
    throw error;
  }
}
