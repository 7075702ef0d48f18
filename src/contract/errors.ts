/** Machine-readable reasons the vault gives for a refusal. Stable: the add-in switches on them. */
export type VaultErrorCode =
  | 'bad-request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'gone'
  | 'conflict'
  | 'offset-mismatch'
  | 'too-large'
  | 'checksum-mismatch'
  | 'type-mismatch'
  | 'blocked-type'
  | 'infected'
  | 'legal-hold'
  | 'code-required'
  | 'code-invalid'
  | 'rate-limited'
  | 'scanner-unavailable'
  | 'identity-unavailable'
  | 'storage-unavailable'
  | 'internal';

/** Body of every 4xx/5xx answer. `message` is for people and never carries internals. */
export interface ErrorBody {
  readonly code: VaultErrorCode;
  readonly message: string;
  readonly requestId?: string;
}

/** True when `value` has the shape of an {@link ErrorBody} (the add-in checks before trusting it). */
export function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['code'] === 'string' && typeof record['message'] === 'string';
}
