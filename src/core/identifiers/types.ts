/**
 * The vocabulary every identifier module speaks: a calendar date passed in by the caller (the core never
 * reads the clock) and a typed outcome that says which check failed.
 */

/** Calendar date passed in by the caller. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number; // 1-31
}

/**
 * Which check rejected a value:
 * - `format`: not the scheme's shape (characters, separators, a century sign);
 * - `length`: the right characters, the wrong number of them;
 * - `checksum`: the check digit or character does not match;
 * - `date`: the encoded birth date does not exist, lies in the future, or its century cannot be read;
 * - `component`: another part is out of range (a never-issued serial, an unknown country or network).
 */
export type Failure = 'format' | 'length' | 'checksum' | 'date' | 'component';

/** `valid` with the check's name, or `invalid` with the part that failed. */
export type ChecksumResult =
  { readonly kind: 'valid'; readonly check: string } | { readonly kind: 'invalid'; readonly reason: Failure };

/**
 * The outcome of validating one identifier:
 * - `valid`: every check passed; `parsed` holds what the number encodes;
 * - `weak`: well-formed, but the checks prove less (`why` says what): a Danish number after 2007 without
 *   mod 11, a synthetic test number, an unknown birth date;
 * - `invalid`: `reason` names the check that failed.
 * `parsed` is personal data: it never leaves the process (reports carry `check`, `why`, `reason` only).
 */
export type IdResult<P> =
  | { readonly kind: 'valid'; readonly check: string; readonly parsed: P }
  | { readonly kind: 'weak'; readonly check: string; readonly why: string; readonly parsed: P }
  | { readonly kind: 'invalid'; readonly reason: Failure };

/** The outcome without the parsed value: what detection records and reports. */
export type Outcome =
  | { readonly kind: 'valid'; readonly check: string }
  | { readonly kind: 'weak'; readonly check: string; readonly why: string }
  | { readonly kind: 'invalid'; readonly reason: Failure };

/** Drop the parsed value, keeping only what may be recorded. */
export function outcomeOf<P>(result: IdResult<P>): Outcome {
  switch (result.kind) {
    case 'valid':
      return { kind: 'valid', check: result.check };
    case 'weak':
      return { kind: 'weak', check: result.check, why: result.why };
    case 'invalid':
      return { kind: 'invalid', reason: result.reason };
  }
}

/** Build an `invalid` result. */
export function fail(reason: Failure): { readonly kind: 'invalid'; readonly reason: Failure } {
  return { kind: 'invalid', reason };
}
