/**
 * The scoring knobs, in one place. Scores follow Microsoft Purview's confidence levels loosely: a shape
 * alone is weak, a passing checksum is ~75 %, checksum plus a keyword nearby is ~85 % and up.
 */

/** Findings below this are dropped unless a recognizer sets its own `minScore`. */
export const DEFAULT_MIN_SCORE = 0.5;

/** Added when a checksum / date check passes: a valid checksum is strong evidence. */
export const VALID_BOOST = 0.35;

/** Added when the check passes but proves less (DK CPR without mod-11, samordningsnummer day 60). */
export const WEAK_BOOST = 0.1;

/** Positive context is capped so keywords alone cannot turn a weak shape into a certainty. */
export const MAX_CONTEXT_BOOST = 0.4;

/** Negative context can sink a checksum-valid number (an order number that happens to pass Luhn). */
export const MAX_CONTEXT_PENALTY = 0.6;

/**
 * A table column header is stronger context than a word nearby: a `Personnummer` column makes every
 * valid value in it certain, an `Ordernr` column makes every value in it an order number.
 */
export const HEADER_FACTOR = 1.5;

export function clampScore(score: number): number {
  return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
}
