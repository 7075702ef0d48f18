import type { FastifyInstance } from 'fastify';
import { VaultHttpError, notFound } from '../errors';
import { dpoOf, principalOf } from '../http/principal';
import type { Principal } from '../auth/principal';
import type { VaultContext } from '../services/context';
import { contentDisposition, openContent } from '../services/content';
import { eraseFile } from '../services/erase';
import { toMetadata } from '../services/present';
import type { FileRecord } from '../storage/types';
import { bearer, errors, fileMetadata, idParams, noContent, typed } from './schemas';

/** The file if it exists, is not erased, and `who` may see it (owner, or DPO when allowed); else 404. */
async function visibleFile(
  ctx: VaultContext,
  id: string,
  who: Principal,
  dpoMaySee: boolean,
): Promise<FileRecord> {
  const file = await ctx.meta.getFile(id);
  if (file === null || file.wrappedKey === null) throw notFound();
  if (file.owner !== who.email && !(dpoMaySee && who.isDpo)) throw notFound();
  return file;
}

/** Owner (and DPO) routes on stored files: metadata, content, erasure, legal hold. */
export async function fileRoutes(root: FastifyInstance, ctx: VaultContext): Promise<void> {
  const app = typed(root);
  app.get(
    '/api/files/:id',
    {
      schema: {
        summary: 'Metadata of a stored file (owner or DPO)',
        tags: ['files'],
        security: bearer,
        params: idParams,
        response: { 200: fileMetadata, ...errors(401, 404) },
      },
    },
    async (request) => {
      const file = await visibleFile(ctx, request.params.id, principalOf(request), true);
      return toMetadata(file, await ctx.meta.getLinkForFile(file.id));
    },
  );

  // Bytes, not JSON: the untyped instance, since the answer is a stream and no schema describes it.
  root.get<{ Params: { id: string } }>(
    '/api/files/:id/content',
    {
      schema: {
        summary: 'The decrypted bytes (owner only)',
        tags: ['files'],
        security: bearer,
        params: idParams,
        produces: ['application/octet-stream'],
        response: errors(401, 404, 503),
      },
    },
    async (request, reply) => {
      const file = await visibleFile(ctx, request.params.id, principalOf(request), false);
      const stream = await openContent(ctx, file);
      return reply
        .header('content-type', 'application/octet-stream')
        .header('content-length', file.size)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('cache-control', 'no-store')
        .send(stream);
    },
  );

  app.delete(
    '/api/files/:id',
    {
      schema: {
        summary: 'Erase a file: key destroyed at once, then the blob (owner or DPO)',
        tags: ['files'],
        security: bearer,
        params: idParams,
        response: { 204: noContent, ...errors(401, 404, 409) },
      },
    },
    async (request, reply) => {
      const who = principalOf(request);
      const file = await visibleFile(ctx, request.params.id, who, true);
      if (file.legalHold)
        throw new VaultHttpError(409, 'legal-hold', 'The file is under legal hold and cannot be erased.');
      await eraseFile(ctx, file.id, who.email, who.isDpo && file.owner !== who.email ? 'dpo' : 'owner');
      return reply.status(204).send(null);
    },
  );

  for (const [method, hold] of [
    ['PUT', true],
    ['DELETE', false],
  ] as const) {
    app.route({
      method,
      url: '/api/files/:id/legal-hold',
      schema: {
        summary: `${hold ? 'Place' : 'Lift'} a legal hold (DPO)`,
        tags: ['dpo'],
        security: bearer,
        params: idParams,
        response: { 204: noContent, ...errors(401, 403, 404) },
      },
      handler: async (request, reply) => {
        const dpo = dpoOf(request);
        const file = await visibleFile(ctx, request.params.id, dpo, true);
        await ctx.meta.setLegalHold(file.id, hold);
        await ctx.audit.record('legal-hold', {
          subject: file.id,
          actor: dpo.email,
          detail: hold ? 'on' : 'off',
        });
        return reply.status(204).send(null);
      },
    });
  }
}
