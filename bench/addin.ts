/**
 * Add-in bundle sizes (docs/quality-targets.md: task pane first-load JavaScript ≤ 300 KB gzip, on-send bundle
 * ≤ 100 KB gzip). Measures the production webpack output in dist/, building it first when missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(__dirname, '..');
const DIST = join(ROOT, 'dist');
const TASKPANE_TARGET_KB = 300;
const ONSEND_TARGET_KB = 100;

const gzipKb = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length / 1024;

/** Local scripts a page loads at start (office.js from Microsoft's CDN is not ours and not counted). */
function pageScripts(html: string): string[] {
  return Array.from(html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g), (m) => m[1] as string)
    .filter((src) => !/^https?:/.test(src))
    .map((src) => src.replace(/^\//, ''));
}

/** Prints the task pane's first-load JavaScript and the on-send bundle, gzip-compressed. */
export async function benchAddin(): Promise<void> {
  if (!existsSync(join(DIST, 'taskpane.html')) || !existsSync(join(DIST, 'onsend.js'))) {
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production'],
      {
        cwd: ROOT,
        stdio: 'inherit',
      },
    );
  }
  const scripts = pageScripts(readFileSync(join(DIST, 'taskpane.html'), 'utf8'));
  const taskpane = scripts.reduce((sum, file) => sum + gzipKb(file), 0);
  const onsend = gzipKb('onsend.js');
  const row = (name: string, kb: number, target: number) =>
    `${name.padEnd(38)} ${kb.toFixed(1).padStart(7)} KB gzip  (target ≤ ${target} KB: ${kb <= target ? 'met' : 'NOT met'})`;
  console.log('Add-in bundles (production build, gzip -9)');
  console.log(
    row(
      `Task pane first load (${scripts.length} file${scripts.length === 1 ? '' : 's'})`,
      taskpane,
      TASKPANE_TARGET_KB,
    ),
  );
  console.log(row('On-send bundle (onsend.js)', onsend, ONSEND_TARGET_KB));
  // The scan worker (extraction + detection) starts in the background and never blocks the pane's UI.
  const worker = readdirSync(DIST).find((file) => /^scan-worker\.[0-9a-f]+\.js$/.test(file));
  if (worker)
    console.log(
      `${'Scan worker (background, not first load)'.padEnd(38)} ${gzipKb(worker).toFixed(1).padStart(7)} KB gzip`,
    );
}

if (require.main === module) void benchAddin();
