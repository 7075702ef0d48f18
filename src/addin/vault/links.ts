/** "My shared files": the sender's own links on the vault (`/api/links`). */
import type { LinkUpdate, MyLink, MyLinks } from '../../contract';
import type { VaultClient } from './client';
import { VaultResponseError } from './errors';
import { withRetries } from './retry';

const linkPath = (id: string): string => `/api/links/${encodeURIComponent(id)}`;

function isMyLink(value: unknown): value is MyLink {
  if (typeof value !== 'object' || value === null) return false;
  const link = value as Record<string, unknown>;
  return (
    typeof link['id'] === 'string' &&
    typeof link['fileName'] === 'string' &&
    typeof link['expiresAt'] === 'string' &&
    typeof link['state'] === 'string' &&
    Array.isArray(link['recipients']) &&
    Array.isArray(link['downloadHistory'])
  );
}

function asMyLink(json: unknown): MyLink {
  if (!isMyLink(json)) throw new VaultResponseError('The secure server sent an unexpected answer.');
  return json;
}

/** The signed-in sender's shared files, newest first, with state and download history. */
export async function listMyLinks(client: VaultClient, signal?: AbortSignal): Promise<MyLink[]> {
  const response = await withRetries(
    () => client.request({ method: 'GET', path: '/api/links', ...(signal ? { signal } : {}) }),
    client.sleep,
    signal,
  );
  const body = response.json as Partial<MyLinks> | undefined;
  if (!Array.isArray(body?.links)) throw new VaultResponseError('The secure server sent no list of links.');
  return body.links.map(asMyLink);
}

/**
 * Changes a link's expiry (within the policy's maximum, see {@link MyLink.maxExpiresAt}) or its recipients.
 * Rejects with `VaultHttpError` 400 when the change is outside policy, 404 when the link is not the caller's.
 */
export async function updateLink(client: VaultClient, id: string, update: LinkUpdate): Promise<MyLink> {
  const response = await client.request({
    method: 'PATCH',
    path: linkPath(id),
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(update),
  });
  return asMyLink(response.json);
}

/** Withdraws a link at once: its landing page then says the sender withdrew it. The file stays stored. */
export async function revokeLink(client: VaultClient, id: string): Promise<MyLink> {
  const response = await withRetries(
    () => client.request({ method: 'DELETE', path: linkPath(id) }),
    client.sleep,
  );
  return asMyLink(response.json);
}
