/**
 * The decision log (`POST /api/decisions`): every "send anyway", "not personal data" dismissal and "keep in
 * the mailbox" choice, recorded without the matched value. The data protection officer reads the counts.
 */

/** What the sender decided about a finding. */
export type DecisionKind = 'override' | 'dismiss' | 'keep-in-mailbox' | 'sweep';

/** The short list of reasons the task pane offers; `other` comes with a typed reason. */
export type DecisionReason =
  | 'not-personal-data'
  | 'recipient-entitled'
  | 'requested-by-data-subject'
  | 'required-by-law'
  | 'internal-use'
  | 'other';

export const DECISION_KINDS: readonly DecisionKind[] = ['override', 'dismiss', 'keep-in-mailbox', 'sweep'];
export const DECISION_REASONS: readonly DecisionReason[] = [
  'not-personal-data',
  'recipient-entitled',
  'requested-by-data-subject',
  'required-by-law',
  'internal-use',
  'other',
];
export const DECISION_CLAUSES = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'] as const;

/** Longest typed reason the vault keeps: a sentence, not a document. */
export const REASON_TEXT_MAX = 200;

/**
 * Body of `POST /api/decisions`. No field carries a matched value: `category`, `type` and `clause` are the
 * policy's names, `draftFingerprint` is a keyed hash computed in the add-in (the key never leaves it).
 */
export interface DecisionInput {
  /** Random id chosen by the add-in, so a retried send is stored once. */
  readonly id: string;
  /** ISO 8601: when the sender decided (a queued decision may arrive later). */
  readonly decidedAt: string;
  /** Finding category, e.g. `sensitive`, `personal`. */
  readonly category: string;
  /** Entity type id, e.g. `se-personnummer`. */
  readonly type: string;
  readonly clause: (typeof DECISION_CLAUSES)[number];
  readonly decision: DecisionKind;
  readonly reason: DecisionReason;
  /** Optional typed reason, at most {@link REASON_TEXT_MAX} characters, no numbers or addresses. */
  readonly reasonText?: string;
  /** Lower-case hex HMAC-SHA-256 of the draft under a key kept by the add-in. */
  readonly draftFingerprint: string;
}

/** One row of `GET /api/decisions/summary`. */
export interface DecisionCount {
  /** Start of the period: `YYYY-MM-DD` (day/week, weeks start on Monday) or `YYYY-MM` (month). */
  readonly period: string;
  readonly category: string;
  readonly type: string;
  readonly clause: string;
  readonly decision: DecisionKind;
  readonly reason: DecisionReason;
  readonly count: number;
}

/** `GET /api/decisions/summary` (JSON form; `format=csv` gives the same rows as CSV). */
export interface DecisionSummary {
  readonly from: string;
  readonly to: string;
  readonly period: 'day' | 'week' | 'month';
  readonly total: number;
  readonly rows: readonly DecisionCount[];
}

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
