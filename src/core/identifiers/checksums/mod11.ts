/**
 * Weighted modulus-11 checks.
 *
 * - Norwegian fødselsnummer, D- and H-numbers (Skatteetaten, "Fødselsnummer" spec; two check digits
 *   K1, K2 with weights 3 7 6 1 8 9 4 5 2 and 5 4 3 2 7 6 5 4 3 2). From 2032 the first check digit may
 *   leave a remainder of 0-3 instead of 0 (Skatteetaten's "nytt fødselsnummer fra 2032").
 * - Danish CPR (CPR-kontoret, "Personnummer uden kontrolciffer", 2008): weights 4 3 2 7 6 5 4 3 2 1,
 *   sum divisible by 11 — guaranteed only for numbers issued before 2007-10-01.
 */
import { compactNumber, invalid, isDigits, valid, type ChecksumResult } from './result';

/** Weights of the Norwegian first check digit, K1 itself included with weight 1. */
export const NO_K1_WEIGHTS: readonly number[] = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1];
/** Weights of the Norwegian second check digit, K2 itself included with weight 1. */
export const NO_K2_WEIGHTS: readonly number[] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
/** Weights of the Danish CPR check (the last digit carries weight 1). */
export const DK_CPR_WEIGHTS: readonly number[] = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/** Strip spaces, dashes, dots, plus signs and slashes. */
export function compact(value: string): string {
  return compactNumber(value);
}

/** Σ weight·digit mod 11 over the first `weights.length` digits of `digits`. */
export function weightedRemainder(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (weights[i] ?? 0) * (digits.charCodeAt(i) - 48);
  return sum % 11;
}

/** Validate that the weighted sum of `value`'s digits is divisible by 11 (length = weights.length). */
export function validate(value: string, weights: readonly number[]): ChecksumResult {
  const digits = compact(value);
  if (!isDigits(digits)) return invalid('format');
  if (digits.length !== weights.length) return invalid('length');
  return weightedRemainder(digits, weights) === 0 ? valid('mod11') : invalid('checksum');
}

/** True when `value` passes {@link validate} with `weights`. */
export function isValid(value: string, weights: readonly number[]): boolean {
  return validate(value, weights).kind === 'valid';
}

/**
 * Which rule the two Norwegian check digits of an 11-digit number satisfy: `classic` (K1 remainder 0),
 * `2032` (K1 remainder 1-3, allowed for numbers issued from 2032), or `null` when they fail.
 */
export function norwegianCheckRule(digits: string): 'classic' | '2032' | null {
  if (digits.length !== 11 || !isDigits(digits)) return null;
  if (weightedRemainder(digits, NO_K2_WEIGHTS) !== 0) return null;
  const k1 = weightedRemainder(digits, NO_K1_WEIGHTS);
  if (k1 === 0) return 'classic';
  return k1 <= 3 ? '2032' : null;
}

/** Validate a Norwegian 11-digit number's two check digits (either rule). */
export function validateNorwegianCheckDigits(value: string): ChecksumResult {
  const digits = compact(value);
  if (!isDigits(digits)) return invalid('format');
  if (digits.length !== 11) return invalid('length');
  return norwegianCheckRule(digits) === null ? invalid('checksum') : valid('mod11');
}
