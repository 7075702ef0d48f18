/**
 * Builds the CLI bundle with `scripts/build-node.mjs` (into its own folder under
 * node_modules/.cache, so neither parallel builds of dist/node nor a webpack rebuild that cleans dist/
 * can interfere, while npm packages still resolve from the repository's node_modules, dynamic imports
 * included) and runs it as a child process.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';

export const REPO = path.join(__dirname, '../..');

/** Bundles src/cli/main.ts with scripts/build-node.mjs itself (same options as `npm run build:node`). */
export function buildCli(): string {
  const cache = path.join(REPO, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outfile = path.join(mkdtempSync(path.join(cache, 'mailguard-test-cli-')), 'mailguard.cjs');
  const built = spawnSync(process.execPath, ['scripts/build-node.mjs', '--outfile', outfile], {
    cwd: REPO,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`esbuild failed: ${built.stderr}`);
  return outfile;
}

/** Removes a bundle made by {@link buildCli}. */
export function removeCli(cli: string): void {
  if (cli !== '') rmSync(path.dirname(cli), { recursive: true, force: true });
}

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the bundled CLI in `cwd`. */
export function runCli(cli: string, args: readonly string[], cwd: string): Run {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
