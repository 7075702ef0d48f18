/**
 * Overlap resolution. Suppressor matches (company numbers) remove what they overlap; among overlapping
 * findings the highest score wins, then the longer span, then the recognizer listed first.
 */
import type { Span } from './types';

export interface Scored extends Span {
  readonly score: number;
  /** Position of the recognizer in the registry: lower wins ties. */
  readonly order: number;
  readonly suppressor: boolean;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Keep the findings that survive suppressors and overlaps, in text order. */
export function resolveOverlaps<T extends Scored>(items: readonly T[]): T[] {
  const suppressors = items.filter((i) => i.suppressor);
  const ranked = items
    .filter((i) => !i.suppressor && !suppressors.some((s) => overlaps(s, i)))
    .sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.order - b.order);
  const kept: T[] = [];
  for (const item of ranked) {
    if (!kept.some((k) => overlaps(k, item))) kept.push(item);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
