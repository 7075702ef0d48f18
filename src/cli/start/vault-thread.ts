/**
 * `mailguard vault` runs on a worker thread of its own (docs/adr/0047-vault-on-a-worker-thread.md): V8's
 * heap limits can only be set when an isolate is created, and a worker thread's isolate takes them from
 * `resourceLimits`, whereas the main thread's come from command-line flags, which the command cannot add
 * to its own start. The start file calls this instead of loading the bundle: the main thread only starts
 * the worker (which loads the bundle and runs the command as usual), passes SIGINT and SIGTERM on as a
 * message, and exits with the worker's status. Only Node built-ins here: the start file loads this, for
 * `mailguard vault` only.
 */
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

/**
 * V8's default lets the young generation grow to 48 MB (16 MB semi-spaces), and it does so during the
 * vault's start-up and keeps it, although the vault keeps almost nothing young alive. 6 MB (2 MB
 * semi-spaces) took the whole process from 113 to 95 MB after start and from 159 to 136 MB at the peak of
 * 100 MB uploads (medians, docs/vault.md); 12 MB left the peak within a few MB of the 150 MB target.
 */
export const VAULT_YOUNG_GENERATION_MB = 6;

/**
 * On the main thread, starts the command line `args` (`vault …`) on a worker thread of `startFile` and
 * returns it; on the vault's own thread returns undefined (the caller then loads the bundle). The process
 * exits with the worker's status; an error that escapes the worker (an uncaught one, a heap limit reached)
 * is printed and gives status 1, as it would have on the main thread.
 */
export function startVaultThread(startFile: string, args: readonly string[]): Worker | undefined {
  if (!isMainThread) return undefined;
  const worker = new Worker(startFile, {
    argv: [...args],
    resourceLimits: { maxYoungGenerationSizeMb: VAULT_YOUNG_GENERATION_MB },
  });
  // The first SIGINT or SIGTERM asks the vault to shut down gracefully; a second meets Node's default.
  const onSignal = (): void => {
    stopListening();
    worker.postMessage('stop');
  };
  const stopListening = (): void => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let failure: Error | undefined;
  worker.on('error', (error: Error) => {
    failure = error;
  });
  worker.on('exit', (code) => {
    stopListening();
    if (failure !== undefined) process.stderr.write(`mailguard: ${failure.stack ?? failure.message}\n`);
    process.exitCode = failure === undefined ? code : 1;
  });
  return worker;
}

/**
 * On the vault's thread, a promise that resolves when the main thread asks the vault to stop (any message
 * is that request; one sent while the vault is still starting waits for it). Undefined on the main thread,
 * where the command listens for the signals itself (the CLI run from source: `tsx src/cli/main.ts vault`).
 */
export function stopRequestedByParent(): Promise<void> | undefined {
  const port = parentPort;
  if (isMainThread || port === null) return undefined;
  return new Promise((resolve) => port.once('message', () => resolve()));
}
