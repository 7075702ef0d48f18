/**
 * The fixed lists and limits of the wire contract, as values. The TypeBox schemas in `./schema` build on them
 * and the wire types in `./errors`, `./decisions` and `./links` are derived from those schemas, so the lists
 * live here, below both: a schema never imports the module whose types are derived from it.
 */

/** Machine-readable reasons the vault gives for a refusal. Stable: the add-in switches on them. */
export const VAULT_ERROR_CODES = [
  'bad-request',
  'unauthenticated',
  'forbidden',
  'not-found',
  'gone',
  'conflict',
  'offset-mismatch',
  'too-large',
  'checksum-mismatch',
  'type-mismatch',
  'blocked-type',
  'infected',
  'legal-hold',
  'code-required',
  'code-invalid',
  'rate-limited',
  'scanner-unavailable',
  'identity-unavailable',
  'storage-unavailable',
  'internal',
] as const;

export type VaultErrorCode = (typeof VAULT_ERROR_CODES)[number];

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

/** A link has at most this many recipients. */
export const LINK_MAX_RECIPIENTS = 100;
