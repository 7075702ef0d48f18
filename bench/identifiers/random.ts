/**
 * A seeded pseudo-random generator (mulberry32), so every benchmark run generates the same inputs and
 * figures can be compared between commits. Not for anything secret.
 */
export interface Random {
  /** A float in [0, 1). */
  readonly next: () => number;
  /** An integer in [min, max], both inclusive. */
  readonly int: (min: number, max: number) => number;
  readonly pick: <T>(items: readonly T[]) => T;
  /** `length` random decimal digits (leading zeros allowed). */
  readonly digits: (length: number) => string;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  const digits = (length: number): string => {
    let out = '';
    for (let i = 0; i < length; i++) out += String(int(0, 9));
    return out;
  };
  return { next, int, pick, digits };
}
