import type { Wire } from './schema/common';
import type { ErrorBodySchema } from './schema/common';

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

/** Body of every 4xx/5xx answer. `message` is for people and never carries internals. */
export type ErrorBody = Wire<typeof ErrorBodySchema>;
