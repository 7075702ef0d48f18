/**
 * The decision log (`POST /api/decisions`): every "send anyway", "not personal data" dismissal and "keep in
 * the mailbox" choice, recorded without the matched value. The data protection officer reads the counts.
 */

import type { Wire } from './schema/common';
import type { DecisionCountSchema, DecisionInputSchema, DecisionSummarySchema } from './schema/decisions';
import { REASON_TEXT_MAX } from './vocabulary';

export {
  DECISION_CLAUSES,
  DECISION_KINDS,
  DECISION_REASONS,
  REASON_TEXT_MAX,
  type DecisionKind,
  type DecisionReason,
} from './vocabulary';

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
