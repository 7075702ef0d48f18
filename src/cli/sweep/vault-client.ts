/**
 * Archiving to the vault (`POST /api/files`), verified: the vault checks the bytes against the SHA-256 we
 * send, we check the stored file's SHA-256 and size it reports back by reading its record again.
 */
import { createHash } from 'node:crypto';
import {
  encodeDataSubjects,
  HEADER_CONTENT_SHA256,
  HEADER_DATA_SUBJECTS,
  HEADER_FILE_NAME,
  HEADER_RECIPIENTS,
  HEADER_RETENTION_CLASS,
} from '../../contract';
import type { ScannedFindings } from '../../core/draft/data-subjects';
import { mailPeople } from './mail-people';

export interface VaultTarget {
  readonly url: string;
  readonly token: string;
  readonly retentionClass?: string;
}

/**
 * The vault to archive to: `MAILGUARD_VAULT_URL` (else the policy's vault URL) and an access token for its
 * API in `MAILGUARD_VAULT_TOKEN`; null when either is missing.
 */
export function vaultTargetFromEnv(
  env: NodeJS.ProcessEnv,
  policyUrl: string,
  retentionClass: string | undefined,
): VaultTarget | null {
  const url = env['MAILGUARD_VAULT_URL'] ?? policyUrl;
  const token = env['MAILGUARD_VAULT_TOKEN'];
  if (url === '' || token === undefined || token === '') return null;
  return { url, token, ...(retentionClass !== undefined ? { retentionClass } : {}) };
}

/** The vault refused, could not be reached, or stored something else than was sent. */
export class VaultArchiveError extends Error {
  override name = 'VaultArchiveError' as const;
  constructor(
    message: string,
    readonly step: 'vault' | 'verify',
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

interface StoredFile {
  readonly id?: unknown;
  readonly sha256?: unknown;
  readonly size?: unknown;
}

async function call(url: string, init: RequestInit): Promise<StoredFile> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(120_000) });
  } catch (error: unknown) {
    throw new VaultArchiveError('the vault could not be reached', 'vault', { cause: error });
  }
  if (!response.ok) throw new VaultArchiveError(`the vault answered ${response.status}`, 'vault');
  return (await response.json()) as StoredFile;
}

/**
 * Stores `message` as `name` for `owner`, naming the people it is about (see `mail-people.ts`); resolves to the
 * vault's file id once the copy is verified, and how many people did not fit the vault's limits.
 */
export async function archiveToVault(
  target: VaultTarget,
  name: string,
  message: { readonly bytes: Uint8Array; readonly scan: ScannedFindings },
  owner: string,
): Promise<{ id: string; sha256: string; peopleLeftOut: number }> {
  const { bytes } = message;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const base = target.url.replace(/\/+$/, '');
  const auth = { authorization: `Bearer ${target.token}` };
  const subjects = await mailPeople(name, bytes, owner, message.scan);
  const people = encodeDataSubjects(subjects.people);
  const stored = await call(`${base}/api/files`, {
    method: 'POST',
    headers: {
      ...auth,
      'content-type': name.toLowerCase().endsWith('.msg') ? 'application/vnd.ms-outlook' : 'message/rfc822',
      [HEADER_FILE_NAME]: encodeURIComponent(name),
      [HEADER_CONTENT_SHA256]: sha256,
      [HEADER_RECIPIENTS]: owner,
      ...(people !== undefined ? { [HEADER_DATA_SUBJECTS]: people } : {}),
      ...(target.retentionClass !== undefined ? { [HEADER_RETENTION_CLASS]: target.retentionClass } : {}),
    },
    body: bytes.slice(),
  });
  if (typeof stored.id !== 'string' || stored.sha256 !== sha256)
    throw new VaultArchiveError('the vault stored a different file', 'verify');
  const again = await call(`${base}/api/files/${encodeURIComponent(stored.id)}`, { headers: auth });
  if (again.sha256 !== sha256 || again.size !== bytes.length)
    throw new VaultArchiveError('the stored copy does not match the message', 'verify');
  return { id: stored.id, sha256, peopleLeftOut: subjects.leftOut };
}
