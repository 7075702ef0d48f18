/**
 * A `mailguard scan` worker thread: scans the files it is sent, one at a time, with the policy and date the
 * command fixed at start (so every file of a run is judged alike). Started by scan.ts through
 * {@link mapInOrder}; main.ts routes a thread whose `workerData.role` is {@link SCAN_WORKER_ROLE} here.
 */
import { parentPort } from 'node:worker_threads';
import type { CalendarDate } from '../core/detection/types';
import type { Policy } from '../core/policy/types';
import type { WorkerAnswer, WorkerRequest } from './ordered-pool';
import { scanFile, unreadable, type FileReport } from './scan-file';
import type { Input } from './scan-inputs';

export const SCAN_WORKER_ROLE = 'mailguard-scan-worker';

export interface ScanWorkerData {
  readonly role: typeof SCAN_WORKER_ROLE;
  readonly policy: Policy;
  readonly date: CalendarDate;
}

export function isScanWorkerData(data: unknown): data is ScanWorkerData {
  return typeof data === 'object' && data !== null && (data as { role?: unknown }).role === SCAN_WORKER_ROLE;
}

/** Answers scan requests on `parentPort` until the pool terminates this thread. */
export function serveScans(data: ScanWorkerData): void {
  const port = parentPort;
  if (port === null) throw new Error('scan worker started outside a worker thread');
  port.on('message', (request: WorkerRequest<Input>) => {
    const input = request.item;
    const report =
      input.kind === 'file'
        ? scanFile(input.file, data.policy, data.date)
        : Promise.resolve(unreadable(input.file, input.message));
    void report.then((result) => {
      const answer: WorkerAnswer<FileReport> = { index: request.index, result };
      port.postMessage(answer);
    });
  });
}
