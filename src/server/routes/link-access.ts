import type { FastifyReply } from 'fastify';
import { SECRET_PATTERN, hashSecret } from '../crypto/ids';
import { VaultHttpError } from '../errors';
import type { VaultContext } from '../services/context';
import { contentDisposition, openContent } from '../services/content';
import { notifyFirstDownload } from '../services/first-download';
import type { FileRecord, LinkRecord } from '../storage/types';
import { LANDING_CSP } from './landing-html';

/** What a link secret leads to. */
export type Resolved =
  | { kind: 'ok'; link: LinkRecord; file: FileRecord }
  | { kind: 'not-found' }
  /** Expired or erased; `withdrawn` when the sender revoked the link. */
  | { kind: 'gone'; withdrawn: boolean };

/** Params schema of `/s/:token`. */
export const tokenParams = {
  type: 'object',
  required: ['token'],
  properties: { token: { type: 'string', maxLength: 100 } },
} as const;
/** Body schema of `POST /s/:token` (JSON or form). */
export const downloadBody = {
  type: 'object',
  properties: { email: { type: 'string', maxLength: 254 }, code: { type: 'string', pattern: '^[0-9]{6}$' } },
} as const;

/** Looks a secret up by its hash; expired links and erased files are `gone`. */
export async function resolve(ctx: VaultContext, token: string): Promise<Resolved> {
  if (!new RegExp(SECRET_PATTERN).test(token)) return { kind: 'not-found' };
  const link = await ctx.meta.getLinkBySecretHash(hashSecret(token));
  if (link === null) return { kind: 'not-found' };
  const file = await ctx.meta.getFile(link.fileId);
  if (file === null || file.wrappedKey === null || link.expiresAt <= ctx.now())
    return { kind: 'gone', withdrawn: (await ctx.meta.senderLinks.revokedAt(link.id)) !== null };
  return { kind: 'ok', link, file };
}

/** An HTML answer that is never cached or indexed. */
export function page(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('x-robots-tag', 'noindex')
    .header('content-security-policy', LANDING_CSP)
    .header('x-frame-options', 'DENY')
    .send(html);
}

/** Counts the download (atomically, against the limit), audits it and streams the file. */
export async function download(
  ctx: VaultContext,
  reply: FastifyReply,
  link: LinkRecord,
  file: FileRecord,
  who: string,
): Promise<FastifyReply> {
  if (!(await ctx.meta.countDownload(link.id)))
    throw new VaultHttpError(410, 'gone', 'The download limit of this link is reached.');
  await ctx.audit.record('download', { subject: file.id, actor: who, detail: file.sha256 });
  // The sender's "My shared files" shows who downloaded when (erased with the file).
  await ctx.meta.senderLinks.recordDownload({ linkId: link.id, at: ctx.now(), who });
  notifyFirstDownload(ctx, link, file, who);
  const stream = await openContent(ctx, file);
  return reply
    .header('content-type', 'application/octet-stream')
    .header('content-length', file.size)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('cache-control', 'no-store')
    .send(stream);
}
