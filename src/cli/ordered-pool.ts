/**
 * Runs items on a pool of worker threads and hands the results back in input order, each as soon as it and
 * every item before it are done. A worker that dies on an item (an uncaught error, an exit) costs that item
 * only: it gets the `failed` result, a fresh worker takes the next item, and the rest still run.
 *
 * The protocol with the worker script: it receives `{ index, item }` messages and answers each with
 * `{ index, result }` (see scan-worker.ts), optionally with a `byproduct`: something the worker made on the
 * way that the caller may keep (the scan's workers report the dictionary regexes they built).
 */
import { Worker } from 'node:worker_threads';

export interface OrderedPoolOptions<I, O> {
  /** The worker script (a built .cjs file: worker threads cannot run TypeScript). */
  readonly script: string;
  /** Appended to each worker's `process.argv`. */
  readonly argv?: readonly string[];
  /** Passed to every worker as `workerData` (structured-cloned). */
  readonly workerData: unknown;
  /** How many workers run at once; at least one. */
  readonly size: number;
  /** The result for an item whose worker stopped while working on it. */
  readonly failed: (item: I, reason: string) => O;
  /** Called with each answer's byproduct, before its result is handed on. */
  readonly onByproduct?: (byproduct: unknown) => void;
  /**
   * Runs an item on the calling thread. When given, the calling thread is one of the `size` places (so
   * `size - 1` workers start): it has the code loaded and warmed up already, where each worker thread
   * pays for loading and optimising it again. It takes an item whenever it is free, after the workers'
   * answers waiting for it have been handled, so no worker waits for work behind it.
   */
  readonly local?: (item: I) => Promise<O>;
  /**
   * With `local`: start the workers only when items are still waiting after this many milliseconds, so a
   * run that the calling thread finishes alone in that time pays for no worker's start and warm-up.
   */
  readonly workersAfterMs?: number;
}

export interface WorkerRequest<I> {
  readonly index: number;
  readonly item: I;
}

export interface WorkerAnswer<O> {
  readonly index: number;
  readonly result: O;
  readonly byproduct?: unknown;
}

/** Maps `items` through the workers; yields results in the order of `items`. */
export async function* mapInOrder<I, O>(
  items: readonly I[],
  options: OrderedPoolOptions<I, O>,
): AsyncGenerator<O, void, undefined> {
  const done = new Map<number, O>();
  const workers = new Set<Worker>();
  let handedOut = 0;
  let wake: (() => void) | undefined;
  const settle = (index: number, result: O): void => {
    done.set(index, result);
    const resume = wake;
    wake = undefined;
    resume?.();
  };

  const start = (): void => {
    const worker = new Worker(options.script, {
      workerData: options.workerData,
      ...(options.argv ? { argv: [...options.argv] } : {}),
    });
    workers.add(worker);
    let current: number | undefined;
    let problem = 'the worker stopped';
    const next = (): void => {
      if (handedOut < items.length) {
        current = handedOut;
        handedOut += 1;
        const request: WorkerRequest<I> = { index: current, item: items[current] as I };
        worker.postMessage(request);
      } else {
        current = undefined;
        void worker.terminate();
      }
    };
    worker.on('message', (answer: WorkerAnswer<O>) => {
      current = undefined;
      if (answer.byproduct !== undefined) options.onByproduct?.(answer.byproduct);
      settle(answer.index, answer.result);
      next();
    });
    worker.on('error', (error: Error) => {
      problem = `the worker stopped: ${error.name}: ${error.message}`;
    });
    worker.on('exit', (code) => {
      workers.delete(worker);
      if (current === undefined) return;
      const index = current;
      current = undefined;
      settle(index, options.failed(items[index] as I, code === 0 ? problem : `${problem} (exit ${code})`));
      if (handedOut < items.length) start();
    });
    next();
  };

  const runLocally = async (local: (item: I) => Promise<O>): Promise<void> => {
    for (;;) {
      // Hands the workers their next items first (their answers are events, which wait for this turn).
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (stopped || handedOut >= items.length) return;
      const index = handedOut;
      handedOut += 1;
      const item = items[index] as I;
      let result: O;
      try {
        result = await local(item);
      } catch (error: unknown) {
        result = options.failed(
          item,
          error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        );
      }
      settle(index, result);
    }
  };

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  try {
    const places = Math.min(Math.max(1, options.size), items.length);
    const local = options.local;
    const startWorkers = (): void => {
      for (let i = local ? 1 : 0; i < places && handedOut < items.length && !stopped; i += 1) start();
    };
    const delay = local ? (options.workersAfterMs ?? 0) : 0;
    if (delay > 0) {
      timer = setTimeout(startWorkers, delay);
      // A pending start must not keep the process alive once every item is done.
      timer.unref();
    } else startWorkers();
    if (local && places > 0) void runLocally(local);
    for (let emitted = 0; emitted < items.length; emitted += 1) {
      while (!done.has(emitted)) await new Promise<void>((resolve) => (wake = resolve));
      const result = done.get(emitted) as O;
      done.delete(emitted);
      yield result;
    }
  } finally {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    // A consumer that stops early (a closed pipe) must not leave workers holding the process open.
    await Promise.all([...workers].map((w) => w.terminate()));
  }
}
