/** A fake monotonic clock for extraction tests: advances only when told. */
export function fakeClock(start = 0): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

/** Options with a clock that never advances (time budget never hit). */
export const stillClock = { now: (): number => 0 };
