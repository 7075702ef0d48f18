/**
 * Work ahead, results in order: starts `fn` on up to `window` items before the first is consumed, so
 * file and network waits overlap with scanning while the output keeps the source's order. Memory is
 * bounded by the window.
 */

/** Maps `source` through `fn` with up to `window` calls in flight; yields results in source order. */
export async function* mapAhead<T, R>(
  source: AsyncIterable<T>,
  fn: (value: T) => Promise<R>,
  window: number,
): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  for await (const value of source) {
    const started = fn(value);
    // Handled here so a failure waiting in the window is not reported as unhandled; it is rethrown in turn.
    started.catch(() => undefined);
    pending.push(started);
    if (pending.length >= window) yield await (pending.shift() as Promise<R>);
  }
  while (pending.length > 0) yield await (pending.shift() as Promise<R>);
}
