/**
 * The vault's worker thread as the main thread sees it (src/cli/start/vault-thread.ts): the process takes
 * the worker's status, an error escaping the worker gives status 1 and is printed, and SIGINT/SIGTERM
 * reach the worker as a request to stop. Stand-in scripts play the vault; the real one is started as a
 * process in test/server/crash.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { VAULT_YOUNG_GENERATION_MB, startVaultThread } from '../../src/cli/start/vault-thread';

let dir = '';
let exitCodeBefore: typeof process.exitCode;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mailguard-vault-thread-'));
  exitCodeBefore = process.exitCode;
});
afterEach(() => {
  process.exitCode = exitCodeBefore;
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `code` as the vault's thread and waits until it has ended; returns the process's status. */
async function run(code: string, whileRunning?: (worker: Worker) => void): Promise<typeof process.exitCode> {
  const script = path.join(dir, 'stand-in.cjs');
  writeFileSync(script, code);
  const worker = startVaultThread(script, ['vault', '--port', '0']);
  if (worker === undefined) throw new Error('expected a worker on the main thread');
  // Not events.once: it rejects on the worker's 'error' event, which one test expects.
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  whileRunning?.(worker);
  await exited;
  const status = process.exitCode;
  process.exitCode = exitCodeBefore;
  return status;
}

describe('startVaultThread', () => {
  it('passes the command line on, caps the young generation, exits with the worker status', async () => {
    const status = await run(`
      const { resourceLimits } = require('node:worker_threads');
      const argsSeen = JSON.stringify(process.argv.slice(2)) === '["vault","--port","0"]';
      const capped = resourceLimits.maxYoungGenerationSizeMb === ${VAULT_YOUNG_GENERATION_MB};
      process.exitCode = argsSeen && capped ? 3 : 4;
    `);
    expect(status).toBe(3);
  });

  it('gives status 1 and prints the error when one escapes the worker', async () => {
    const written: string[] = [];
    const write = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      expect(await run(`throw new Error('storage vanished');`)).toBe(1);
    } finally {
      write.mockRestore();
    }
    expect(written.join('')).toContain('storage vanished');
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('asks the worker to stop on %s', async (signal) => {
    const status = await run(
      `
      const { parentPort } = require('node:worker_threads');
      parentPort.postMessage('ready');
      parentPort.once('message', (message) => { process.exitCode = message === 'stop' ? 0 : 5; });
    `,
      (worker) => worker.once('message', () => process.emit(signal)),
    );
    expect(status).toBe(0);
    expect(process.listenerCount(signal)).toBe(0);
  });
});
