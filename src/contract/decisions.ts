/**
 * The decision log (`POST /api/decisions`): every "send anyway", "not personal data" dismissal and "keep in
 * the mailbox" choice, recorded without the matched value. The data protection officer reads the counts.
 */

import type { Wire } from './schema/common';
import type { DecisionCountSchema, DecisionInputSchema, DecisionSummarySchema } from './schema/decisions';

/** What the sender decided about a finding. */
export const DECISION_KINDS = ['override', 'dismiss', 'keep-in-mailbox', 'sweep'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** The short list of reasons the task pane offers; `other` comes with a typed reason. */
export const DECISION_REASONS = [
  'not-personal-data',
  'recipient-entitled',
  'requested-by-data-subject',
  'required-by-law',
  'internal-use',
  'other',
] as const;
export type DecisionReason = (typeof DECISION_REASONS)[number];
export const DECISION_CLAUSES = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'] as const;

/** Longest typed reason the vault keeps: a sentence, not a document. */
export const REASON_TEXT_MAX = 200;

/**
 * Body of `POST /api/decisions`. No field carries a matched value: `category`, `type` and `clause` are the
 * policy's names, `draftFingerprint` is a keyed hash computed in the add-in (the key never leaves it).
 */
export type DecisionInput = Wire<typeof DecisionInputSchema>;

/** One row of `GET /api/decisions/summary`. */
export type DecisionCount = Wire<typeof DecisionCountSchema>;

/** `GET /api/decisions/summary` (JSON form; `format=csv` gives the same rows as CSV). */
export type DecisionSummary = Wire<typeof DecisionSummarySchema>;

/** A run of six or more digits (spaces, dashes and dots between them allowed): a number, not a reason. */
const DIGIT_RUN = /\d(?:[\s.-]?\d){5}/;
/** Anything shaped like an e-mail address. */
const ADDRESS = /[^\s@]+@[^\s@]+\.[^\s@]+/;

/**
 * Why a typed reason cannot be recorded, or `null` when it can. The task pane checks before sending, the vault
 * checks again: a reason is a sentence about the decision, never a copy of the data it concerns.
 */
export function reasonTextProblem(text: string): 'too-long' | 'has-number' | 'has-address' | null {
  if (text.length > REASON_TEXT_MAX) return 'too-long';
  if (DIGIT_RUN.test(text)) return 'has-number';
  if (ADDRESS.test(text)) return 'has-address';
  return null;
}
