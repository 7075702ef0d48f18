import type { VaultContext } from './context';

/**
 * Crypto-shredding: destroy the wrapped key first (the file is unreadable from that instant, also in
 * backups), then delete the blob, then the row. If a step fails, the tombstone (row without key) makes the
 * retention worker finish the job.
 */
export async function eraseFile(
  ctx: VaultContext,
  fileId: string,
  actor: string | null,
  reason: string,
): Promise<'complete' | 'pending'> {
  await ctx.meta.destroyKey(fileId);
  await ctx.audit.record('erase', { subject: fileId, ...(actor === null ? {} : { actor }), detail: reason });
  try {
    await finishErasure(ctx, fileId);
    return 'complete';
  } catch {
    // The key is gone, so the erasure already holds; the retention worker removes the tombstone's blob later.
    return 'pending';
  }
}

/** Blob, then row, then every copy of the row in the database's files; safe to repeat. */
export async function finishErasure(ctx: VaultContext, fileId: string): Promise<void> {
  await ctx.blobs.delete(fileId);
  await ctx.meta.deleteFile(fileId);
  await ctx.meta.scrub();
}
