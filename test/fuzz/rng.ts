/**
 * A small seeded generator (mulberry32) so every fuzz input can be made again from its format and index.
 */

/** A generator of numbers in [0, 1) from a 32-bit seed. */
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a string: mixes the format's name into the seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The generator for input `index` of `format` under `seed`: independent of how many inputs are run. */
export function rngFor(seed: number, format: string, index: number): Rng {
  return mulberry32(hash(format) ^ Math.imul(index + 1, 0x9e3779b1) ^ seed);
}

/** A whole number in [0, n). */
export function below(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

/** One of `items`. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[below(rng, items.length)] as T;
}
