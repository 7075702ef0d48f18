/**
 * Field readers for the hand-written policy validator: each checks one value, records a
 * `PolicyError` naming the field's path, and returns the built-in default when the value is unusable.
 */
import type { PolicyError } from './types';

/** Collects the errors of one parse. */
export type Errors = PolicyError[];

/** A plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is { readonly [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a nested object; a missing one is fine (defaults), a wrong type is an error. */
export function readObject(
  value: unknown,
  path: string,
  errors: Errors,
): { readonly [key: string]: unknown } | undefined {
  if (value === undefined) return undefined;
  if (isRecord(value)) return value;
  errors.push({ path, message: 'must be an object' });
  return undefined;
}

/** Reports keys the schema does not know (typos like `retentionDay` would otherwise be ignored silently). */
export function checkKeys(
  object: { readonly [key: string]: unknown },
  known: readonly string[],
  path: string,
  errors: Errors,
): void {
  for (const key of Object.keys(object)) {
    if (known.indexOf(key) < 0)
      errors.push({ path: join(path, key), message: `unknown field (expected one of ${known.join(', ')})` });
  }
}

/** `a` + `b` → `a.b`; the root has no prefix. */
export function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

export function readEnum<T extends string>(
  value: unknown,
  allowed: readonly T[],
  path: string,
  fallback: T,
  errors: Errors,
): T {
  if (value === undefined) return fallback;
  for (const option of allowed) if (value === option) return option;
  errors.push({ path, message: `must be one of ${allowed.join(', ')}` });
  return fallback;
}

export function readBoolean(value: unknown, path: string, fallback: boolean, errors: Errors): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  errors.push({ path, message: 'must be true or false' });
  return fallback;
}

export function readInteger(
  value: unknown,
  range: { min: number; max: number },
  path: string,
  fallback: number,
  errors: Errors,
): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Math.floor(value) !== value || value < range.min || value > range.max) {
    errors.push({ path, message: `must be a whole number from ${range.min} to ${range.max}` });
    return fallback;
  }
  return value;
}

/** A string matching `shape` (when given); `describe` says what the shape is in the error. */
export function readString(
  value: unknown,
  path: string,
  fallback: string,
  errors: Errors,
  shape?: { regex: RegExp; describe: string },
): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || value.trim() === '') {
    errors.push({ path, message: 'must be a non-empty string' });
    return fallback;
  }
  if (shape && !shape.regex.test(value)) {
    errors.push({ path, message: `must be ${shape.describe}` });
    return fallback;
  }
  return value;
}

/**
 * A list of strings. One bad entry makes the whole field fall back to its default, so a half-read list
 * never silently replaces the company's identifiers.
 */
export function readStringList(
  value: unknown,
  path: string,
  fallback: readonly string[],
  errors: Errors,
  options: { shape?: { regex: RegExp; describe: string }; nonEmpty?: boolean } = {},
): readonly string[] {
  if (value === undefined) return fallback;
  if (!Array.isArray(value)) {
    errors.push({ path, message: 'must be a list of strings' });
    return fallback;
  }
  if (options.nonEmpty === true && value.length === 0) {
    errors.push({ path, message: 'must not be empty' });
    return fallback;
  }
  const before = errors.length;
  const out: string[] = [];
  value.forEach((item: unknown, i) => {
    const read = readString(item, `${path}[${i}]`, '', errors, options.shape);
    if (read !== '') out.push(read);
  });
  return errors.length > before ? fallback : out;
}
