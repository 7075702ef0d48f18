/** Owner operations on a stored file, used by Undo and by clean-up after a failed move. */
import type { VaultClient } from './client';
import { VaultResponseError } from './errors';
import { withRetries } from './retry';

function filePath(id: string): string {
  return `/api/files/${encodeURIComponent(id)}`;
}

/** The decrypted bytes (`GET /api/files/:id/content`, owner only). */
export async function downloadFile(
  client: VaultClient,
  id: string,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const response = await withRetries(
    () =>
      client.request({
        method: 'GET',
        path: `${filePath(id)}/content`,
        responseType: 'bytes',
        ...(signal ? { signal } : {}),
      }),
    client.sleep,
    signal,
  );
  if (!response.bytes) throw new VaultResponseError('The secure server sent no file content.');
  return response.bytes;
}

/** Erases the file (`DELETE /api/files/:id`): its key is destroyed at once, the audit record stays. */
export async function eraseFile(client: VaultClient, id: string): Promise<void> {
  await withRetries(() => client.request({ method: 'DELETE', path: filePath(id) }), client.sleep);
}
