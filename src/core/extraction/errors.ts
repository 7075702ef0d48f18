/**
 * Turning unexpected exceptions into `failed` results, so no exception ever leaves the core.
 */
import type { ExtractionResult } from './types';

/** Longest error message kept in a reason (library messages can be long; contents never belong there). */
const MAX_MESSAGE = 120;

/** Names the error without echoing large library messages. */
export function describeError(error: unknown): string {
  // Duck-typed rather than `instanceof Error`: errors may come from another realm (worker, VM context).
  if (error !== null && typeof error === 'object') {
    const { name, message } = error as { readonly name?: unknown; readonly message?: unknown };
    const label = typeof name === 'string' && name ? name : 'Error';
    if (typeof message !== 'string' || !message) return label;
    return `${label}: ${message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message}`;
  }
  return typeof error === 'string' ? error.slice(0, MAX_MESSAGE) : 'unknown error';
}

/** The `name` of an error-like value ('' when it has none), for matching library exception classes. */
export function errorName(error: unknown): string {
  if (error === null || typeof error !== 'object') return '';
  const { name } = error as { readonly name?: unknown };
  return typeof name === 'string' ? name : '';
}

/** A `failed` result for an exception caught at an extractor boundary. */
export function failedResult(error: unknown, what: string): ExtractionResult {
  return { kind: 'failed', reason: `could not read ${what} (${describeError(error)})` };
}
