/**
 * The webpack output the browser and manifest tests run against. `npm test` builds before jest, so the
 * output is normally there and reused; when it is not (running one test file alone), it is built once.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const DIST = join(ROOT, 'dist');
const REQUIRED = ['taskpane.html', 'simulator.html', 'commands.html', 'onsend.js', 'manifest.xml'];

/** Returns dist/, building the add-in first if any of its files is missing. */
export function builtDist(): string {
  if (REQUIRED.some((file) => !existsSync(join(DIST, file)))) {
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production'],
      { cwd: ROOT, stdio: 'inherit' },
    );
  }
  return DIST;
}
