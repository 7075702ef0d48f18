import type { Wire } from './schema/common';
import type { ErrorBodySchema } from './schema/common';

export { VAULT_ERROR_CODES, type VaultErrorCode } from './vocabulary';

/** Body of every 4xx/5xx answer. `message` is for people and never carries internals. */
export type ErrorBody = Wire<typeof ErrorBodySchema>;
