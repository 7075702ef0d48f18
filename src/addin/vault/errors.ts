/** Errors at the vault's HTTP edge. The move flow turns them into a step, a message and what to try. */
import type { VaultErrorCode } from '../../contract';

/** The vault could not be reached, or the connection dropped before an answer came. */
export class VaultNetworkError extends Error {
  override name = 'VaultNetworkError' as const;
}

/** The request was cancelled (the user closed the pane or pressed Cancel). */
export class VaultAbortedError extends Error {
  override name = 'VaultAbortedError' as const;
}

/** The vault answered with a 4xx/5xx. `code` is the vault's machine-readable reason when it gave one. */
export class VaultHttpError extends Error {
  override name = 'VaultHttpError' as const;
  readonly status: number;
  readonly code: VaultErrorCode | undefined;

  constructor(status: number, code: VaultErrorCode | undefined, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** The vault stored something other than what was read from the draft (its SHA-256 differs from ours). */
export class VaultChecksumError extends Error {
  override name = 'VaultChecksumError' as const;
}

/** The vault answered 2xx with a body that is not what the contract promises. */
export class VaultResponseError extends Error {
  override name = 'VaultResponseError' as const;
}

/** True for failures worth retrying: dropped connections and the vault's own trouble (5xx, 429). */
export function isTransient(error: unknown): boolean {
  if (error instanceof VaultNetworkError) return true;
  return error instanceof VaultHttpError && (error.status >= 500 || error.status === 429);
}
