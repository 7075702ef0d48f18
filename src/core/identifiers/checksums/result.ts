/** The outcome shared by the checksum modules: valid with the check's name, or the part that failed. */
import type { ChecksumResult, Failure } from '../types';

export type { ChecksumResult } from '../types';

/** Why a checksum module rejected a value. */
export type ChecksumFailure = Failure;

/** Build an `invalid` result. */
export function invalid(reason: ChecksumFailure): ChecksumResult {
  return { kind: 'invalid', reason };
}

/** Build a `valid` result naming the check that passed. */
export function valid(check: string): ChecksumResult {
  return { kind: 'valid', check };
}

/** Remove the separators people type inside numbers: spaces, dashes, dots, plus signs, slashes. */
export function compactNumber(value: string): string {
  return value.replace(/[\s.\-+/]/g, '');
}

/** True when `value` is a non-empty run of ASCII digits. */
export function isDigits(value: string): boolean {
  return /^\d+$/.test(value);
}
