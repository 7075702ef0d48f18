import type { FastifyInstance } from 'fastify';
import {
  DECISION_CLAUSES,
  DECISION_KINDS,
  DECISION_REASONS,
  REASON_TEXT_MAX,
  reasonTextProblem,
  type DecisionInput,
} from '../../contract';
import { badRequest } from '../errors';
import { dpoOf, principalOf } from '../http/principal';
import { addDays, type VaultContext } from '../services/context';
import { summarise, summaryCsv, type Period } from '../services/decisions';
import { bearer, errors } from './schemas';

/** Kebab-case policy names (category, entity type): never free text. */
const NAME = '^[a-z][a-z0-9-]{0,63}$';
/** Queued decisions may arrive late, but not from further back than this. */
const MAX_AGE_DAYS = 365;
/** Clock skew allowed between the add-in and the vault. */
const MAX_FUTURE_MS = 5 * 60_000;

const decisionBody = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'decidedAt', 'category', 'type', 'clause', 'decision', 'reason', 'draftFingerprint'],
  description:
    'No field carries a matched value: the add-in sends the policy names of the finding, a keyed hash of ' +
    'the draft and, at most, a short typed reason. Reasons holding six digits or an address are refused.',
  properties: {
    id: { type: 'string', pattern: '^[A-Za-z0-9_-]{16,64}$', description: 'Chosen by the add-in' },
    decidedAt: { type: 'string', format: 'date-time' },
    category: { type: 'string', pattern: NAME },
    type: { type: 'string', pattern: NAME },
    clause: { type: 'string', enum: DECISION_CLAUSES },
    decision: { type: 'string', enum: DECISION_KINDS },
    reason: { type: 'string', enum: DECISION_REASONS },
    reasonText: { type: 'string', maxLength: REASON_TEXT_MAX },
    draftFingerprint: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'HMAC-SHA-256, hex' },
  },
} as const;

type SummaryQuery = {
  from?: string;
  to?: string;
  period?: Period;
  category?: string;
  format?: 'json' | 'csv';
};

const summaryQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    from: { type: 'string', format: 'date', description: 'First day (UTC), default 90 days ago' },
    to: { type: 'string', format: 'date', description: 'Last day (UTC, inclusive), default today' },
    period: { type: 'string', enum: ['day', 'week', 'month'], default: 'month' },
    category: { type: 'string', pattern: NAME },
    format: { type: 'string', enum: ['json', 'csv'], default: 'json' },
  },
} as const;

const countRow = {
  type: 'object',
  properties: {
    period: { type: 'string' },
    category: { type: 'string' },
    type: { type: 'string' },
    clause: { type: 'string' },
    decision: { type: 'string' },
    reason: { type: 'string' },
    count: { type: 'integer' },
  },
} as const;

/** The decision log: senders record overrides and dismissals; the DPO reads the counts. */
export async function decisionRoutes(app: FastifyInstance, ctx: VaultContext): Promise<void> {
  app.post<{ Body: DecisionInput }>(
    '/api/decisions',
    {
      schema: {
        summary: 'Record an override or dismissal (signed-in sender; idempotent by id)',
        tags: ['decisions'],
        security: bearer,
        body: decisionBody,
        response: {
          201: { type: 'object', properties: { id: { type: 'string' }, stored: { type: 'boolean' } } },
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
        actor: user.email,
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

  app.get<{ Querystring: SummaryQuery }>(
    '/api/decisions/summary',
    {
      schema: {
        summary: 'How the policy works in practice: decision counts (DPO), JSON or CSV',
        tags: ['decisions', 'dpo'],
        security: bearer,
        querystring: summaryQuery,
        produces: ['application/json', 'text/csv'],
        response: {
          200: {
            type: 'object',
            properties: {
              from: { type: 'string' },
              to: { type: 'string' },
              period: { type: 'string' },
              total: { type: 'integer' },
              rows: { type: 'array', items: countRow },
            },
          },
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
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="decisions-${today}.csv"`)
        .send(summaryCsv(summary));
    },
  );
}
