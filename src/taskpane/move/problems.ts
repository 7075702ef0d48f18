/** Turns what went wrong at an edge (vault, sign-in, Office) into a {@link MoveProblem}. */
import { OfficeApiError } from '../../addin';
import { SignInError } from '../../addin/auth';
import {
  VaultAbortedError,
  VaultChecksumError,
  VaultHttpError,
  VaultNetworkError,
  VaultResponseError,
} from '../../addin/vault';
import type { MoveProblem } from './state';

export function problemFrom(error: unknown): MoveProblem {
  if (error instanceof VaultAbortedError) return { kind: 'cancelled' };
  if (error instanceof VaultNetworkError) return { kind: 'vault-unreachable' };
  if (error instanceof VaultChecksumError) return { kind: 'checksum-mismatch' };
  if (error instanceof VaultResponseError) return { kind: 'vault-error', detail: 'unexpected answer' };
  if (error instanceof SignInError) {
    if (error.problem === 'unsupported') return { kind: 'sign-in-unavailable' };
    if (error.problem === 'cancelled') return { kind: 'sign-in-cancelled' };
    if (error.problem === 'unreachable') return { kind: 'vault-unreachable' };
    return { kind: 'signed-out' };
  }
  if (error instanceof VaultHttpError) {
    const detail = `HTTP ${error.status}${error.code ? ` ${error.code}` : ''}`;
    if (error.status === 401) return { kind: 'signed-out', detail };
    if (error.code === 'checksum-mismatch') return { kind: 'checksum-mismatch', detail };
    if (error.code === 'too-large' || error.status === 413) return { kind: 'too-large', detail };
    if (error.code === 'type-mismatch' || error.code === 'blocked-type' || error.code === 'infected')
      return { kind: 'refused-type', detail };
    if (error.status >= 500 || error.status === 429) return { kind: 'vault-error', detail };
    return { kind: 'refused', detail };
  }
  if (error instanceof OfficeApiError) return { kind: 'office-failed', detail: error.api };
  return { kind: 'office-failed' };
}
