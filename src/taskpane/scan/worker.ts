/** The scan worker: extraction and detection for the task pane, so large attachments never freeze the UI. */
import { runAnalyze, runExtract } from './scanner';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/** The part of a dedicated worker's global scope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;
const now = (): number => performance.now();
// Only the error's name crosses back: a message could quote mail content.
const failed = (id: number, error: unknown): WorkerReply => ({
  kind: 'failed',
  id,
  message: error instanceof Error ? error.name : 'failed',
});

scope.onmessage = (event) => {
  const request = event.data;
  switch (request.kind) {
    case 'extract':
      runExtract(request.job, now).then(
        (result) => scope.postMessage({ kind: 'extracted', id: request.id, result }),
        (error: unknown) => scope.postMessage(failed(request.id, error)),
      );
      return;
    case 'analyze':
      try {
        scope.postMessage({ kind: 'analyzed', id: request.id, scan: runAnalyze(request.job) });
      } catch (error: unknown) {
        scope.postMessage(failed(request.id, error));
      }
      return;
  }
};
