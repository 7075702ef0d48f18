/** The sender's view of a link and the rules for changing it (expiry within policy, recipients). */
import { isEmailAddress, type LinkState, type LinkUpdate, type MyLink } from '../../contract';
import { LINK_MAX_RECIPIENTS } from '../../contract';
import { VaultHttpError, badRequest, notFound } from '../errors';
import type { DownloadRecord } from '../storage/link-store';
import type { FileRecord, LinkRecord } from '../storage/types';
import { addDays, type VaultContext } from './context';

/** More would be a mailing list, not a shared file. */
export const MAX_RECIPIENTS = LINK_MAX_RECIPIENTS;

/** The latest expiry the policy allows from now: the configured link lifetime, never past retention. */
export function maxExpiry(ctx: VaultContext, file: FileRecord, now: Date): Date {
  const policyMax = addDays(now, ctx.config.linkExpiryDays);
  return policyMax < file.retainUntil ? policyMax : file.retainUntil;
}

function stateOf(link: LinkRecord, revokedAt: Date | null, now: Date): LinkState {
  if (revokedAt !== null) return 'revoked';
  if (link.expiresAt <= now) return 'expired';
  if (link.downloadLimit !== null && link.downloads >= link.downloadLimit) return 'used-up';
  return 'active';
}

/** The wire form of one of the sender's links. */
export function toMyLink(
  ctx: VaultContext,
  file: FileRecord,
  link: LinkRecord,
  revokedAt: Date | null,
  downloads: readonly DownloadRecord[],
): MyLink {
  const now = ctx.now();
  return {
    id: file.id,
    fileName: file.fileName,
    size: file.size,
    recipients: [...file.recipients],
    createdAt: file.createdAt.toISOString(),
    expiresAt: link.expiresAt.toISOString(),
    maxExpiresAt: maxExpiry(ctx, file, now).toISOString(),
    state: stateOf(link, revokedAt, now),
    downloads: link.downloads,
    downloadLimit: link.downloadLimit,
    downloadHistory: downloads.map((d) => ({ at: d.at.toISOString(), by: d.who })),
  };
}

/** The caller's own live file and its link; 404 for anyone else's (ids cannot be probed). */
export async function ownLink(
  ctx: VaultContext,
  id: string,
  owner: string,
): Promise<{ file: FileRecord; link: LinkRecord }> {
  const file = await ctx.meta.getFile(id);
  if (file === null || file.wrappedKey === null || file.owner !== owner) throw notFound();
  const link = await ctx.meta.getLinkForFile(file.id);
  if (link === null) throw notFound();
  return { file, link };
}

/** Reads the link again after a change, as the sender sees it. */
export async function presentOwn(ctx: VaultContext, file: FileRecord): Promise<MyLink> {
  const fresh = (await ctx.meta.getFile(file.id)) ?? file;
  const link = await ctx.meta.getLinkForFile(file.id);
  if (link === null) throw notFound();
  const store = ctx.meta.senderLinks;
  return toMyLink(ctx, fresh, link, await store.revokedAt(link.id), await store.downloadsOf([link.id]));
}

/** The recipient list after an update; refuses bad addresses and an empty list. */
export function nextRecipients(current: readonly string[], update: LinkUpdate): string[] {
  const normalise = (list: readonly string[] | undefined): string[] =>
    (list ?? []).map((address) => address.trim().toLowerCase());
  const add = normalise(update.addRecipients);
  const remove = new Set(normalise(update.removeRecipients));
  const bad = add.find((address) => !isEmailAddress(address));
  if (bad !== undefined) throw badRequest('addRecipients must be e-mail addresses.');
  const next = [...new Set([...current, ...add])].filter((address) => !remove.has(address));
  if (next.length === 0) throw badRequest('A link needs at least one recipient; revoke it instead.');
  if (next.length > MAX_RECIPIENTS) throw badRequest(`At most ${MAX_RECIPIENTS} recipients.`);
  return next;
}

/** Applies an update to the caller's own link, within policy. */
export async function updateOwnLink(
  ctx: VaultContext,
  file: FileRecord,
  link: LinkRecord,
  update: LinkUpdate,
): Promise<void> {
  const store = ctx.meta.senderLinks;
  if ((await store.revokedAt(link.id)) !== null)
    throw new VaultHttpError(409, 'conflict', 'This link was withdrawn; share the file again instead.');
  const now = ctx.now();
  if (update.expiresAt !== undefined) {
    const expiresAt = new Date(update.expiresAt);
    const max = maxExpiry(ctx, file, now);
    if (!(expiresAt > now) || expiresAt > max)
      throw badRequest(`expiresAt must be after now and no later than ${max.toISOString()}.`);
    await store.setExpiry(link.id, expiresAt);
  }
  if (update.addRecipients !== undefined || update.removeRecipients !== undefined)
    await store.setRecipients(file, nextRecipients(file.recipients, update));
}
