/**
 * Runs `mailguard sweep` in process with captured output and a fixed clock.
 */
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runSweep, type SweepIo } from '../../../src/cli/sweep';

export interface SweepRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The JSON Lines of stdout, parsed. */
  readonly lines: Record<string, unknown>[];
  readonly messages: Record<string, unknown>[];
  readonly summaries: Record<string, unknown>[];
}

/** "Now" for the tests: mail from before 2015-06-01 is older than ten years. */
export const NOW = new Date('2025-06-01T12:00:00Z');

export async function sweep(args: readonly string[], io: Partial<SweepIo> = {}): Promise<SweepRun> {
  let stdout = '';
  let stderr = '';
  const status = await runSweep(args, {
    out: (text) => (stdout += text),
    err: (text) => (stderr += text),
    now: () => NOW,
    env: {},
    ...io,
  });
  const lines = stdout.startsWith('{')
    ? stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>)
    : [];
  return {
    status,
    stdout,
    stderr,
    lines,
    messages: lines.filter((l) => !('summary' in l) && !('run' in l)),
    summaries: lines
      .map((l) => l['summary'] as Record<string, unknown> | undefined)
      .filter((s) => s !== undefined),
  };
}

export async function tempDir(prefix = 'mailguard-sweep-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

/** Writes a file and sets its modification time (export tools set it to the received time). */
export async function put(
  dir: string,
  name: string,
  bytes: Buffer,
  mtime = new Date('2024-01-01T00:00:00Z'),
): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  await utimes(file, mtime, mtime);
  return file;
}

export const remove = (dir: string): Promise<void> => rm(dir, { recursive: true, force: true });
