/**
 * Overlap resolution. Suppressor matches (company numbers) remove what they overlap; among overlapping
 * findings the highest score wins, then the longer span, then the recognizer listed first.
 * Taken characters are marked in a byte map, so each check costs the span's length: a staff list with
 * tens of thousands of findings stays linear.
 */
import type { Span } from './types';

export interface Scored extends Span {
  readonly score: number;
  /** Position of the recognizer in the registry: lower wins ties. */
  readonly order: number;
  readonly suppressor: boolean;
}

function isFree(taken: Uint8Array, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (taken[i] === 1) return false;
  return true;
}

function take(taken: Uint8Array, span: Span): void {
  taken.fill(1, span.start, span.end);
}

/** Keep the findings that survive suppressors and overlaps, in text order. */
export function resolveOverlaps<T extends Scored>(items: readonly T[]): T[] {
  let length = 0;
  for (const item of items) if (item.end > length) length = item.end;
  const suppressed = new Uint8Array(length);
  for (const item of items) if (item.suppressor) take(suppressed, item);
  const ranked = items
    .filter((i) => !i.suppressor && isFree(suppressed, i))
    .sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.order - b.order);
  const taken = new Uint8Array(length);
  const kept: T[] = [];
  for (const item of ranked) {
    if (!isFree(taken, item)) continue;
    take(taken, item);
    kept.push(item);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
