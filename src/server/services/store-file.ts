import { unlink } from 'node:fs/promises';
import type { UploadResponse } from '../../contract';
import { VaultHttpError, badRequest } from '../errors';
import { hashSecret, newId, newLinkSecret } from '../crypto/ids';
import type { FileRecord, LinkRecord } from '../storage/types';
import { addDays, type VaultContext } from './context';

/** What the sender asked for, already validated. */
export interface FileRequest {
  readonly fileName: string;
  readonly contentType: string;
  readonly recipients: readonly string[];
  readonly retentionClass: string | undefined;
  readonly downloadLimit: number | null;
  readonly linkExpiryDays: number | undefined;
  /** Keyed search terms of the people the file is about (`subject-keys.ts`); their names never get this far. */
  readonly subjectKeys: readonly string[];
}

/** Resolves retention class and link expiry against the configuration (link never outlives the file). */
export function resolveTerms(
  ctx: VaultContext,
  request: FileRequest,
  now: Date,
): { retentionClass: string; retainUntil: Date; linkExpiresAt: Date } {
  const retentionClass = request.retentionClass ?? ctx.config.defaultRetentionClass;
  const days = ctx.config.retentionClasses[retentionClass];
  if (days === undefined) throw badRequest(`Unknown retention class ${retentionClass}.`);
  const linkDays = Math.min(request.linkExpiryDays ?? ctx.config.linkExpiryDays, days);
  return { retentionClass, retainUntil: addDays(now, days), linkExpiresAt: addDays(now, linkDays) };
}

/** An upload whose plaintext passed through ingest: its fsynced staging file, hash, sizes and wrapped key. */
export interface StagedFile {
  readonly fileId: string;
  readonly stagingPath: string;
  readonly sha256: string;
  readonly size: number;
  readonly encryptedBytes: number;
  readonly wrappedKey: string;
  readonly owner: { readonly email: string; readonly name: string };
}

/**
 * The last step of every upload: checksum check, atomic blob commit, then metadata and link in one
 * transaction (with the resumable session it finishes, if any), then audit. Until the metadata commits nothing is visible; a crash in between leaves at
 * most an unreferenced blob for the orphan sweep.
 */
export async function commitFile(
  ctx: VaultContext,
  staged: StagedFile,
  declaredSha256: string,
  request: FileRequest,
  finishedUpload?: string,
): Promise<UploadResponse> {
  if (staged.sha256 !== declaredSha256) {
    await unlink(staged.stagingPath).catch(() => undefined);
    throw new VaultHttpError(
      422,
      'checksum-mismatch',
      'The bytes received do not match X-Content-SHA256; nothing was stored.',
    );
  }
  const now = ctx.now();
  const terms = resolveTerms(ctx, request, now);
  const file: FileRecord = {
    id: staged.fileId,
    owner: staged.owner.email,
    ownerName: staged.owner.name,
    fileName: request.fileName,
    contentType: request.contentType,
    size: staged.size,
    sha256: staged.sha256,
    recipients: request.recipients,
    wrappedKey: staged.wrappedKey,
    createdAt: now,
    retentionClass: terms.retentionClass,
    retainUntil: terms.retainUntil,
    legalHold: false,
    subjectKeys: request.subjectKeys,
  };
  const secret = newLinkSecret();
  const link: LinkRecord = {
    id: newId(),
    fileId: file.id,
    secretHash: hashSecret(secret),
    expiresAt: terms.linkExpiresAt,
    downloadLimit: request.downloadLimit,
    downloads: 0,
  };
  try {
    await ctx.blobs.commit(file.id, staged.stagingPath, staged.encryptedBytes);
  } catch (error: unknown) {
    await unlink(staged.stagingPath).catch(() => undefined);
    throw new VaultHttpError(
      503,
      'storage-unavailable',
      'The vault could not store the file; keep the attachment.',
      { cause: error },
    );
  }
  try {
    await ctx.meta.insertFileWithLink(file, link, finishedUpload);
  } catch (error: unknown) {
    // A commit of the same resumable upload that outlived its lease may have stored this file meanwhile:
    // its blob is then the file's, and stays.
    const stored = await ctx.meta.getFile(file.id).catch(() => null);
    if (stored === null) await ctx.blobs.delete(file.id).catch(() => undefined);
    throw new VaultHttpError(
      503,
      'storage-unavailable',
      'The vault could not record the file; keep the attachment.',
      { cause: error },
    );
  }
  await ctx.audit.record('upload', { subject: file.id, actor: file.owner, detail: file.sha256 });
  const expiresAt = link.expiresAt.toISOString();
  return {
    id: file.id,
    sha256: file.sha256,
    size: file.size,
    expiresAt,
    retainUntil: file.retainUntil.toISOString(),
    links: [{ url: `${ctx.publicUrl}/s/${secret}`, expiresAt, downloadLimit: link.downloadLimit }],
  };
}
