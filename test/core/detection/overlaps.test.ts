import { resolveOverlaps, type Scored } from '../../../src/core/detection/overlaps';

/** The rule as first written: rank everything, keep greedily, return in text order. */
function reference<T extends Scored>(items: readonly T[]): T[] {
  let length = 0;
  for (const item of items) if (item.end > length) length = item.end;
  const suppressed = new Uint8Array(length);
  for (const item of items) if (item.suppressor) suppressed.fill(1, item.start, item.end);
  const free = (map: Uint8Array, s: Scored): boolean => {
    for (let i = s.start; i < s.end; i++) if (map[i] === 1) return false;
    return true;
  };
  const ranked = items
    .filter((i) => !i.suppressor && free(suppressed, i))
    .sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.order - b.order);
  const taken = new Uint8Array(length);
  const kept: T[] = [];
  for (const item of ranked) {
    if (!free(taken, item)) continue;
    taken.fill(1, item.start, item.end);
    kept.push(item);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A small seeded generator, so a failure repeats. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

interface Item extends Scored {
  readonly id: number;
}

function items(next: () => number, count: number, emptyAllowed: boolean): Item[] {
  return Array.from({ length: count }, (_, id) => {
    const start = Math.floor(next() * 200);
    const length = Math.floor(next() * (emptyAllowed ? 8 : 7)) + (emptyAllowed ? 0 : 1);
    return {
      id,
      start,
      end: start + length,
      // Few distinct scores, lengths and orders, so ties are common.
      score: Math.floor(next() * 3) / 2,
      order: Math.floor(next() * 3),
      suppressor: next() < 0.05,
    };
  });
}

describe('resolveOverlaps', () => {
  it('keeps what ranking every finding at once keeps, in the same order, ties included', () => {
    const next = random(20261206);
    for (let round = 0; round < 400; round++) {
      const input = items(next, 1 + Math.floor(next() * 60), round % 4 === 0);
      expect(resolveOverlaps(input).map((i) => i.id)).toEqual(reference(input).map((i) => i.id));
    }
  });

  it('keeps the higher score, then the longer span, then the earlier recognizer', () => {
    const a = { start: 0, end: 5, score: 0.5, order: 0, suppressor: false };
    const b = { start: 3, end: 9, score: 0.6, order: 1, suppressor: false };
    const c = { start: 20, end: 25, score: 0.5, order: 1, suppressor: false };
    const d = { start: 20, end: 25, score: 0.5, order: 0, suppressor: false };
    expect(resolveOverlaps([a, b, c, d])).toEqual([b, d]);
  });
});
