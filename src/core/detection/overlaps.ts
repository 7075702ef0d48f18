/**
 * Overlap resolution. Suppressor matches (company numbers) remove what they overlap; among overlapping
 * findings the highest score wins, then the longer span, then the recognizer listed first.
 * Kept spans live in a sorted array searched by bisection, so thousands of findings (a staff list with
 * a name on every row) cost n log n, not n².
 */
import type { Span } from './types';

export interface Scored extends Span {
  readonly score: number;
  /** Position of the recognizer in the registry: lower wins ties. */
  readonly order: number;
  readonly suppressor: boolean;
}

/** Non-overlapping spans sorted by start. */
class DisjointSpans {
  private readonly spans: Span[] = [];

  private firstStartingAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.spans[mid]?.start ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  overlaps(span: Span): boolean {
    const i = this.firstStartingAtOrAfter(span.start);
    const before = this.spans[i - 1];
    const at = this.spans[i];
    return (before !== undefined && before.end > span.start) || (at !== undefined && at.start < span.end);
  }

  add(span: Span): void {
    this.spans.splice(this.firstStartingAtOrAfter(span.start), 0, span);
  }
}

/** Suppressor spans may overlap each other: merge them into disjoint ones first. */
function mergedSuppressors(items: readonly Scored[]): DisjointSpans {
  const sorted = items.filter((i) => i.suppressor).sort((a, b) => a.start - b.start);
  const merged = new DisjointSpans();
  let current: { start: number; end: number } | undefined;
  for (const s of sorted) {
    if (current !== undefined && s.start < current.end) current.end = Math.max(current.end, s.end);
    else {
      if (current !== undefined) merged.add(current);
      current = { start: s.start, end: s.end };
    }
  }
  if (current !== undefined) merged.add(current);
  return merged;
}

/** Keep the findings that survive suppressors and overlaps, in text order. */
export function resolveOverlaps<T extends Scored>(items: readonly T[]): T[] {
  const suppressors = mergedSuppressors(items);
  const ranked = items
    .filter((i) => !i.suppressor && !suppressors.overlaps(i))
    .sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.order - b.order);
  const taken = new DisjointSpans();
  const kept: T[] = [];
  for (const item of ranked) {
    if (taken.overlaps(item)) continue;
    taken.add(item);
    kept.push(item);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
