import type { FastifyInstance } from 'fastify';
import type { StoredFiles } from '../../contract';
import { StoredFilesQuerySchema, StoredFilesSchema } from '../../contract/schema';
import { dpoOf } from '../http/principal';
import { addDays, type VaultContext } from '../services/context';
import { toMetadata } from '../services/present';
import { bearer, errors, typed } from './schemas';

const DEFAULT_LIMIT = 200;

/**
 * The DPO's overview of stored files: how many, how large, per retention class, how many under legal hold,
 * and the files themselves, soonest erased first. Legal hold and erasure use the per-file routes.
 */
export async function storedFileRoutes(root: FastifyInstance, ctx: VaultContext): Promise<void> {
  const app = typed(root);
  app.get(
    '/api/stored-files',
    {
      schema: {
        summary: 'Stored files: counts, sizes, retention and legal hold (DPO)',
        tags: ['dpo'],
        security: bearer,
        querystring: StoredFilesQuerySchema,
        response: { 200: StoredFilesSchema, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      dpoOf(request);
      const q = request.query;
      const now = ctx.now();
      const limit = q.limit === undefined ? DEFAULT_LIMIT : Number(q.limit);
      const byRetentionClass = await ctx.meta.storedFiles.totals();
      const files = await ctx.meta.storedFiles.list(
        {
          ...(q.retentionClass === undefined ? {} : { retentionClass: q.retentionClass }),
          ...(q.legalHold === undefined ? {} : { legalHold: q.legalHold === 'true' }),
          ...(q.expiringWithinDays === undefined
            ? {}
            : { retainedBefore: addDays(now, Number(q.expiringWithinDays)) }),
        },
        limit + 1,
      );
      const shown = files.slice(0, limit);
      const body: StoredFiles = {
        generatedAt: now.toISOString(),
        totals: {
          files: byRetentionClass.reduce((sum, row) => sum + row.files, 0),
          bytes: byRetentionClass.reduce((sum, row) => sum + row.bytes, 0),
          held: byRetentionClass.reduce((sum, row) => sum + row.held, 0),
        },
        byRetentionClass,
        files: await Promise.all(
          shown.map(async (file) => toMetadata(file, await ctx.meta.getLinkForFile(file.id))),
        ),
        truncated: files.length > limit,
      };
      return reply.header('cache-control', 'no-store').send(body);
    },
  );
}
