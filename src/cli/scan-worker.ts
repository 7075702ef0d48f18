/**
 * A `mailguard scan` worker thread: scans the files it is sent, one at a time, with the policy and date the
 * command fixed at start (so every file of a run is judged alike). Started by scan.ts through
 * {@link mapInOrder}; main.ts routes a thread started with {@link SCAN_WORKER_ARG} here.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { takeBuiltDictionarySources, useDictionarySources } from '../core/detection/dictionary-sources';
import type { WorkerAnswer, WorkerRequest } from './ordered-pool';
import { scanFile, unreadable, type FileReport } from './scan-file';
import type { Input } from './scan-inputs';
import type { ScanWorkerData } from './scan-report';

/** Answers scan requests on `parentPort` until the pool terminates this thread. */
export function serveScans(): void {
  const port = parentPort;
  if (isMainThread || port === null) throw new Error('the scan worker runs only as a worker thread');
  const data = workerData as ScanWorkerData;
  // The main thread's dictionary regexes: this thread need not build them again.
  useDictionarySources(data.dictionaries);
  port.on('message', (request: WorkerRequest<Input>) => {
    const input = request.item;
    const report =
      input.kind === 'file'
        ? scanFile(input.file, data.policy, data.date)
        : Promise.resolve(unreadable(input.file, input.message));
    void report.then((result) => {
      // Regexes this thread had to build, for the main thread to keep for the next run.
      const built = takeBuiltDictionarySources();
      const answer: WorkerAnswer<FileReport> = {
        index: request.index,
        result,
        ...(built.length > 0 ? { byproduct: built } : {}),
      };
      port.postMessage(answer);
    });
  });
}
