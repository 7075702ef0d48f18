import type { FastifyInstance } from 'fastify';
import type { SubjectErasure, SubjectExport } from '../../contract';
import { SubjectErasureSchema, SubjectExportSchema, SubjectQuerySchema } from '../../contract/schema';
import { dpoOf } from '../http/principal';
import type { VaultContext } from '../services/context';
import { eraseFile } from '../services/erase';
import { toMetadata } from '../services/present';
import { subjectKeyring } from '../services/subject-keys';
import { searchSubject } from '../services/subject-search';
import { bearer, errors, typed } from './schemas';

/** A DSAR rarely spans more files than this; more would need paging. */
const MAX_MATCHES = 10_000;

/**
 * Data-subject requests (P6) for the DPO: find and export, or erase, everything stored about a person. The
 * decision log is not touched: it holds policy names and pseudonyms, never the person a mail was about.
 */
export async function subjectRoutes(root: FastifyInstance, ctx: VaultContext): Promise<void> {
  const app = typed(root);
  const keyring = subjectKeyring(ctx.masterKey);
  const keysOf = (spelling: string): string[] => keyring.ofQuery(spelling);
  app.get(
    '/api/subjects',
    {
      schema: {
        summary: 'Everything stored that concerns a person (DSAR export, JSON)',
        tags: ['dpo'],
        security: bearer,
        querystring: SubjectQuerySchema,
        response: { 200: SubjectExportSchema, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const dpo = dpoOf(request);
      const q = request.query.q.trim();
      const files = await searchSubject(ctx.meta, q, MAX_MATCHES, ctx.now(), keysOf);
      await ctx.audit.record('dpo-search', { actor: dpo.email, detail: ctx.audit.pseudonym('query', q) });
      const live = files.filter((file) => file.wrappedKey !== null);
      const body: SubjectExport = {
        query: q,
        generatedAt: ctx.now().toISOString(),
        files: await Promise.all(
          live.map(async (file) => toMetadata(file, await ctx.meta.getLinkForFile(file.id))),
        ),
      };
      return reply.header('cache-control', 'no-store').send(body);
    },
  );

  app.delete(
    '/api/subjects',
    {
      schema: {
        summary: 'Erase everything that concerns a person (files under legal hold are kept and listed)',
        tags: ['dpo'],
        security: bearer,
        querystring: SubjectQuerySchema,
        response: { 200: SubjectErasureSchema, ...errors(400, 401, 403) },
      },
    },
    async (request) => {
      const dpo = dpoOf(request);
      const q = request.query.q.trim();
      const files = await searchSubject(ctx.meta, q, MAX_MATCHES, ctx.now(), keysOf);
      await ctx.audit.record('dpo-search', { actor: dpo.email, detail: ctx.audit.pseudonym('query', q) });
      const result: { query: string; erased: string[]; held: string[] } = { query: q, erased: [], held: [] };
      for (const file of files) {
        if (file.wrappedKey === null) continue;
        if (file.legalHold) {
          result.held.push(file.id);
          continue;
        }
        await eraseFile(ctx, file.id, dpo.email, 'dsar');
        result.erased.push(file.id);
      }
      return result satisfies SubjectErasure;
    },
  );
}
