import type { FastifyInstance } from 'fastify';
import { reasonTextProblem } from '../../contract';
import {
  DecisionInputSchema,
  DecisionStoredSchema,
  DecisionSummarySchema,
  SummaryQuerySchema,
} from '../../contract/schema';
import { badRequest } from '../errors';
import { dpoOf, principalOf } from '../http/principal';
import { addDays, type VaultContext } from '../services/context';
import { summarise, summaryCsv } from '../services/decisions';
import { bearer, errors, typed } from './schemas';

/** Queued decisions may arrive late, but not from further back than this. */
const MAX_AGE_DAYS = 365;
/** Clock skew allowed between the add-in and the vault. */
const MAX_FUTURE_MS = 5 * 60_000;

/** The decision log: senders record overrides and dismissals; the DPO reads the counts. */
export async function decisionRoutes(root: FastifyInstance, ctx: VaultContext): Promise<void> {
  const app = typed(root);
  app.post(
    '/api/decisions',
    {
      schema: {
        summary: 'Record an override or dismissal (signed-in sender; idempotent by id)',
        tags: ['decisions'],
        security: bearer,
        body: DecisionInputSchema,
        response: {
          201: DecisionStoredSchema,
          ...errors(400, 401),
        },
      },
    },
    async (request, reply) => {
      const user = principalOf(request);
      const body = request.body;
      const now = ctx.now();
      const decidedAt = new Date(body.decidedAt);
      if (decidedAt.getTime() > now.getTime() + MAX_FUTURE_MS || decidedAt < addDays(now, -MAX_AGE_DAYS))
        throw badRequest(`decidedAt must be within the last ${MAX_AGE_DAYS} days.`);
      for (const text of [body.category, body.type, body.reasonText ?? ''])
        if (reasonTextProblem(text) !== null)
          throw badRequest('A decision holds no personal data: no numbers or addresses in its fields.');
      const stored = await ctx.meta.decisions.insert({
        id: body.id,
        // Pseudonymous, like the audit chain: the log is evidence about the policy, not about people.
        actor: ctx.audit.pseudonym('actor', user.email),
        decidedAt,
        receivedAt: now,
        category: body.category,
        type: body.type,
        clause: body.clause,
        decision: body.decision,
        reason: body.reason,
        reasonText: body.reasonText?.trim() || null,
        fingerprint: body.draftFingerprint,
      });
      if (stored) await ctx.audit.record('decision', { subject: body.id, actor: user.email });
      return reply.status(201).send({ id: body.id, stored });
    },
  );

  app.get(
    '/api/decisions/summary',
    {
      schema: {
        summary: 'How the policy works in practice: decision counts (DPO), JSON or CSV',
        tags: ['decisions', 'dpo'],
        security: bearer,
        querystring: SummaryQuerySchema,
        produces: ['application/json', 'text/csv'],
        response: {
          200: DecisionSummarySchema,
          ...errors(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const dpo = dpoOf(request);
      const q = request.query;
      const today = ctx.now().toISOString().slice(0, 10);
      const to = addDays(new Date(`${q.to ?? today}T00:00:00Z`), 1);
      const from = q.from === undefined ? addDays(to, -90) : new Date(`${q.from}T00:00:00Z`);
      if (!(from < to)) throw badRequest('from must be on or before to.');
      const days = await ctx.meta.decisions.countByDay(from, to, q.category ?? null);
      const summary = summarise(days, q.period ?? 'month', from, to);
      await ctx.audit.record('decision-report', { actor: dpo.email });
      reply.header('cache-control', 'no-store');
      if (q.format !== 'csv') return summary;
      // A string with its own content type goes out as it is; the 200 schema describes the JSON form.
      const csv: unknown = summaryCsv(summary);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="decisions-${today}.csv"`)
        .send(csv as typeof summary);
    },
  );
}
