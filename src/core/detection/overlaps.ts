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

/** Higher score first, then the longer span, then the recognizer listed first. */
function byRank(a: Scored, b: Scored): number {
  return b.score - a.score || b.end - b.start - (a.end - a.start) || a.order - b.order;
}

/**
 * Keep the findings that survive suppressors and overlaps, in text order.
 *
 * Spans that overlap nothing are kept as they are; only each group of spans chained by overlaps is
 * ranked (a staff list has tens of thousands of findings and few overlaps, and ranking them all was most
 * of the cost). Within a group, ties in rank keep the input order, as one stable sort of all would.
 * Empty spans overlap nothing yet tie in text order with each other, so a list with one is ranked whole.
 */
export function resolveOverlaps<T extends Scored>(items: readonly T[]): T[] {
  let length = 0;
  for (const item of items) if (item.end > length) length = item.end;
  const suppressed = new Uint8Array(length);
  for (const item of items) if (item.suppressor) take(suppressed, item);
  const candidates = items.filter((i) => !i.suppressor && isFree(suppressed, i));
  const taken = new Uint8Array(length);
  if (candidates.some((i) => i.end <= i.start)) return inText(keepRanked(candidates.sort(byRank), taken));
  const inTextOrder = candidates.map((_, index) => index);
  inTextOrder.sort((a, b) => startOf(candidates, a) - startOf(candidates, b) || a - b);
  const kept: T[] = [];
  let group: number[] = [];
  let groupEnd = -1;
  const closeGroup = (): void => {
    if (group.length === 1) kept.push(candidates[group[0] as number] as T);
    else if (group.length > 1) {
      group.sort((a, b) => byRank(candidates[a] as T, candidates[b] as T) || a - b);
      kept.push(
        ...keepRanked(
          group.map((index) => candidates[index] as T),
          taken,
        ),
      );
    }
    group = [];
  };
  for (const index of inTextOrder) {
    const item = candidates[index] as T;
    if (item.start >= groupEnd) closeGroup();
    group.push(index);
    if (item.end > groupEnd) groupEnd = item.end;
  }
  closeGroup();
  return inText(kept);
}

function inText<T extends Scored>(kept: T[]): T[] {
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

function startOf(items: readonly Scored[], index: number): number {
  return (items[index] as Scored).start;
}

/** The greedy pass: in rank order, keep each item whose characters are all still free. */
function keepRanked<T extends Scored>(ranked: readonly T[], taken: Uint8Array): T[] {
  const kept: T[] = [];
  for (const item of ranked) {
    if (!isFree(taken, item)) continue;
    take(taken, item);
    kept.push(item);
  }
  return kept;
}
