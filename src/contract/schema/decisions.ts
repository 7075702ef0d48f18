/** The decision log: what senders decided about findings, never the matched values. */
import { Type } from '@sinclair/typebox';
import { DECISION_CLAUSES, DECISION_KINDS, DECISION_REASONS, REASON_TEXT_MAX } from '../vocabulary';
import { Count, DateTime, OneOf } from './common';

/** Kebab-case policy names (category, entity type): never free text. */
export const POLICY_NAME = '^[a-z][a-z0-9-]{0,63}$';

const Kind = OneOf(DECISION_KINDS);
const Reason = OneOf(DECISION_REASONS);
const Clause = OneOf(DECISION_CLAUSES);

export const DecisionInputSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[A-Za-z0-9_-]{16,64}$', description: 'Chosen by the add-in' }),
    decidedAt: { ...DateTime, description: 'When the sender decided (a queued decision may arrive later)' },
    category: Type.String({ pattern: POLICY_NAME, description: 'Finding category, e.g. `sensitive`' }),
    type: Type.String({ pattern: POLICY_NAME, description: 'Entity type id, e.g. `se-personnummer`' }),
    clause: Clause,
    decision: Kind,
    reason: Reason,
    reasonText: Type.Optional(Type.String({ maxLength: REASON_TEXT_MAX })),
    draftFingerprint: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'HMAC-SHA-256, hex' }),
  },
  {
    additionalProperties: false,
    description:
      'No field carries a matched value: the add-in sends the policy names of the finding, a keyed hash of ' +
      'the draft and, at most, a short typed reason. Reasons holding six digits or an address are refused.',
  },
);

export const DecisionStoredSchema = Type.Object({ id: Type.String(), stored: Type.Boolean() });

export const DecisionPeriodSchema = OneOf(['day', 'week', 'month'] as const);

export const SummaryQuerySchema = Type.Object(
  {
    from: Type.Optional(
      Type.String({ format: 'date', description: 'First day (UTC), default 90 days before `to`' }),
    ),
    to: Type.Optional(
      Type.String({ format: 'date', description: 'Last day (UTC, inclusive), default today' }),
    ),
    period: Type.Optional({ ...DecisionPeriodSchema, default: 'month' }),
    category: Type.Optional(Type.String({ pattern: POLICY_NAME })),
    format: Type.Optional(OneOf(['json', 'csv'] as const, { default: 'json' })),
  },
  { additionalProperties: false },
);

export const DecisionCountSchema = Type.Object({
  period: Type.String({ description: 'Start of the period: `YYYY-MM-DD` (day, week) or `YYYY-MM` (month)' }),
  category: Type.String(),
  type: Type.String(),
  clause: Type.String(),
  decision: Kind,
  reason: Reason,
  count: Count,
});

export const DecisionSummarySchema = Type.Object({
  from: Type.String(),
  to: Type.String(),
  period: DecisionPeriodSchema,
  total: Count,
  rows: Type.Array(DecisionCountSchema),
});
