import type { VaultErrorCode } from '../contract';

/** An expected refusal with a status, a stable code and a message fit for the caller. */
export class VaultHttpError extends Error {
  override name = 'VaultHttpError' as const;
  constructor(
    readonly statusCode: number,
    readonly code: VaultErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const badRequest = (message: string): VaultHttpError =>
  new VaultHttpError(400, 'bad-request', message);
export const unauthenticated = (): VaultHttpError =>
  new VaultHttpError(401, 'unauthenticated', 'Sign in: a valid bearer token for the vault API is required.');
export const forbidden = (): VaultHttpError => new VaultHttpError(403, 'forbidden', 'You may not do this.');
/** Same answer for "missing" and "someone else's", so ids cannot be probed. */
export const notFound = (): VaultHttpError => new VaultHttpError(404, 'not-found', 'Not found.');
