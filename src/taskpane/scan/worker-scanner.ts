/** A {@link Scanner} that runs the core in a Web Worker. */
import type { DraftScan } from '../../core/draft/types';
import type { ExtractionResult } from '../../core/extraction/types';
import { optional, type Scanner } from './scanner';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/** The worker failed or reported an error (only the error's name crosses the boundary). */
export class ScanWorkerError extends Error {
  override name = 'ScanWorkerError' as const;
}

type Waiting = { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void };

/** Wraps a started worker (`new Worker(new URL('./worker.ts', import.meta.url))`). */
export function createWorkerScanner(worker: Worker): Scanner {
  let nextId = 1;
  const pending = new Map<number, Waiting>();
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const waiting = pending.get(event.data.id);
    if (!waiting) return;
    pending.delete(event.data.id);
    if (event.data.kind === 'failed') waiting.reject(new ScanWorkerError(event.data.message));
    else waiting.resolve(event.data);
  };
  worker.onerror = () => {
    for (const waiting of pending.values()) waiting.reject(new ScanWorkerError('scan worker crashed'));
    pending.clear();
  };
  const send = (request: WorkerRequest): Promise<WorkerReply> =>
    new Promise((resolve, reject) => {
      pending.set(request.id, { resolve, reject });
      worker.postMessage(request);
    });
  return {
    extract: async (bytes, name, options) => {
      const reply = await send({
        kind: 'extract',
        id: nextId++,
        job: { bytes, name, ...optional(options.contentType, options.limits) },
      });
      if (reply.kind !== 'extracted') throw new ScanWorkerError('unexpected reply');
      return reply.result satisfies ExtractionResult;
    },
    analyze: async (draft, policy, today) => {
      const reply = await send({ kind: 'analyze', id: nextId++, job: { draft, policy, today } });
      if (reply.kind !== 'analyzed') throw new ScanWorkerError('unexpected reply');
      return reply.scan satisfies DraftScan;
    },
    dispose: () => worker.terminate(),
  };
}
