/**
 * The built CLI with its code cache (docs/adr/0042-cli-code-cache.md), end to end: the first run compiles
 * and writes the cache, later runs use it; a stale, truncated or foreign cache file, or a folder that cannot
 * take one, changes nothing the user sees. `MAILGUARD_DEBUG_START=1` makes the start file say which.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCli, removeCli, REPO } from './cli-harness';

const EML = path.join(REPO, 'test/fixtures/eml/forwarded-thread-personnummer.block.eml');
const PDF = path.join(REPO, 'test/fixtures/attachments/payslip.personnummer.pdf');

let cli = '';
let bundle = '';
let work = '';
let cacheDir = '';

beforeAll(() => {
  cli = buildCli();
  bundle = cli.replace(/\.cjs$/, '.bundle.cjs');
  work = mkdtempSync(path.join(tmpdir(), 'mailguard-start-'));
});
afterAll(() => {
  removeCli(cli);
  rmSync(work, { recursive: true, force: true });
});
beforeEach(() => {
  cacheDir = mkdtempSync(path.join(work, 'cache-'));
});

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  /** stderr without the start file's debug line. */
  readonly stderr: string;
  /** What the start file reported: used, compiled, off… */
  readonly cache: string | undefined;
  /** The same for every thread (worker threads start on the start file too). */
  readonly caches: readonly string[];
}

function run(args: readonly string[], cache: string = cacheDir, extraEnv: NodeJS.ProcessEnv = {}): Run {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: {
      ...process.env,
      FORCE_COLOR: '0',
      MAILGUARD_COMPILE_CACHE: cache,
      MAILGUARD_DEBUG_START: '1',
      ...extraEnv,
    },
  });
  const debug = /^mailguard: code cache (\w+)\n/m;
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr.replace(new RegExp(debug.source, 'gm'), ''),
    cache: debug.exec(result.stderr)?.[1],
    caches: [...result.stderr.matchAll(new RegExp(debug.source, 'gm'))].map((m) => m[1] as string),
  };
}

const cacheFiles = (): string[] => readdirSync(cacheDir).filter((f) => f.endsWith('.v8cache'));

describe('the code cache', () => {
  it('is written by the first run and used by the next, with the same output', () => {
    const uncached = run(['scan', '--json', EML], 'off');
    expect(uncached.cache).toBe('off');
    const first = run(['scan', '--json', EML]);
    expect(first.cache).toBe('compiled');
    expect(cacheFiles()).toHaveLength(1);
    const second = run(['scan', '--json', EML]);
    expect(second.cache).toBe('used');
    for (const r of [first, second]) {
      expect(r.status).toBe(uncached.status);
      expect(r.stdout).toBe(uncached.stdout);
      expect(r.stderr).toBe('');
    }
    expect(JSON.parse(second.stdout)).toMatchObject({ verdict: 'block' });
  });

  it('still loads ESM packages on first use (pdf.js) when the bundle comes from the cache', () => {
    expect(run(['scan', '--json', EML]).cache).toBe('compiled');
    const cached = run(['scan', '--json', PDF]);
    expect(cached.cache).toBe('used');
    expect(cached.status).toBe(0);
    const record = JSON.parse(cached.stdout) as { verdict: string; errors: unknown[] };
    expect(record.verdict).toBe('block');
    expect(record.errors).toEqual([]);
  });

  it('serves worker threads too, whose reports come back in order', () => {
    run(['scan', '--json', EML]);
    const both = run(['scan', '--json', PDF, EML], cacheDir, {
      MAILGUARD_SCAN_THREADS: '2',
      MAILGUARD_SCAN_THREADS_AFTER_MS: '0',
    });
    expect(both.status).toBe(0);
    // This thread, which scans one file itself, and one worker thread for the other.
    expect(both.caches).toEqual(['used', 'used']);
    expect(
      both.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { file: string }).file),
    ).toEqual([PDF, EML]);
  });

  it('starts no worker thread for files this thread reads before the workers are due', () => {
    run(['scan', '--json', EML]);
    const both = run(['scan', '--json', EML, EML], cacheDir, { MAILGUARD_SCAN_THREADS: '2' });
    expect(both.status).toBe(0);
    // One start line: this thread's. A worker thread would say `used` too.
    expect(both.caches).toEqual(['used']);
  });

  it.each<[string, (file: string) => void]>([
    ['truncated', (file) => writeFileSync(file, readFileSync(file).subarray(0, 1000))],
    ['emptied', (file) => writeFileSync(file, '')],
    ['overwritten with garbage', (file) => writeFileSync(file, Buffer.alloc(readFileSync(file).length, 7))],
    [
      'corrupted inside its data',
      (file) => {
        const bytes = readFileSync(file);
        bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] as number) ^ 0xff;
        writeFileSync(file, bytes);
      },
    ],
  ])('ignores a cache file that was %s, and replaces it', (_, damage) => {
    const expected = run(['scan', '--json', EML]);
    const [name] = cacheFiles();
    damage(path.join(cacheDir, name as string));
    const damaged = run(['scan', '--json', EML]);
    expect(damaged.cache).toBe('compiled');
    expect([damaged.status, damaged.stdout, damaged.stderr]).toEqual([expected.status, expected.stdout, '']);
    expect(run(['scan', '--json', EML]).cache).toBe('used');
  });

  it('ignores the cache of a bundle that was rebuilt to the same length (V8 alone would take it)', () => {
    run(['--help']);
    expect(run(['--help']).cache).toBe('used');
    const original = readFileSync(bundle, 'utf8');
    try {
      const changed = original.replace('Usage: mailguard <command>', 'Usage: MAILGUARD <command>');
      expect(changed.length).toBe(original.length);
      writeFileSync(bundle, changed);
      const rebuilt = run(['--help']);
      expect(rebuilt.cache).toBe('compiled');
      expect(rebuilt.stdout).toContain('Usage: MAILGUARD <command>');
    } finally {
      writeFileSync(bundle, original);
    }
  });

  it("ignores another bundle's cache file put in its place (foreign)", () => {
    run(['--help']);
    const [name] = cacheFiles();
    const file = path.join(cacheDir, name as string);
    const bytes = readFileSync(file);
    // The same layout, made for another bundle: the recorded bundle checksum (after the 8-byte magic) differs.
    bytes[8] = (bytes[8] as number) ^ 0xff;
    writeFileSync(file, bytes);
    const r = run(['--help']);
    expect([r.cache, r.status, r.stderr]).toEqual(['compiled', 0, '']);
  });

  it('runs without a cache where none can be written (a read-only place)', () => {
    const blocker = path.join(work, 'not-a-folder');
    writeFileSync(blocker, 'x');
    const readOnly = path.join(blocker, 'cache');
    const expected = run(['scan', '--json', EML], 'off');
    for (let i = 0; i < 2; i++) {
      const r = run(['scan', '--json', EML], readOnly);
      expect(r.cache).toBe('compiled');
      expect([r.status, r.stdout, r.stderr]).toEqual([expected.status, expected.stdout, '']);
    }
    expect(readFileSync(blocker, 'utf8')).toBe('x');
  });

  it('keeps usage errors and their exit status', () => {
    run(['--help']);
    const unknown = run(['nonsense']);
    expect(unknown.cache).toBe('used');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("mailguard: unknown command 'nonsense'");
    const missing = run(['scan', '--policy', path.join(work, 'missing.json'), EML]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read policy file');
  });

  it('keeps the bundle strict code, with the import hook declared after the directive', () => {
    expect(readFileSync(bundle, 'utf8')).toMatch(/^"use strict";var IMPORT=/);
  });

  it('says the CLI is not built when the bundle beside the start file is missing', () => {
    const lone = mkdtempSync(path.join(work, 'lone-'));
    copyFileSync(cli, path.join(lone, 'mailguard.cjs'));
    const r = spawnSync(process.execPath, [path.join(lone, 'mailguard.cjs'), '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('the CLI is not built yet');
  });

  it('writes next to the bundle by default', () => {
    const copy = mkdtempSync(path.join(path.dirname(cli), 'copy-'));
    copyFileSync(cli, path.join(copy, 'mailguard.cjs'));
    copyFileSync(bundle, path.join(copy, 'mailguard.bundle.cjs'));
    const env: NodeJS.ProcessEnv = { ...process.env, MAILGUARD_DEBUG_START: '1' };
    delete env['MAILGUARD_COMPILE_CACHE'];
    const first = spawnSync(process.execPath, [path.join(copy, 'mailguard.cjs'), '--help'], {
      env,
      encoding: 'utf8',
    });
    expect(first.stderr).toContain('code cache compiled');
    expect(readdirSync(copy).filter((f) => f.endsWith('.v8cache'))).toHaveLength(1);
    const second = spawnSync(process.execPath, [path.join(copy, 'mailguard.cjs'), '--help'], {
      env,
      encoding: 'utf8',
    });
    expect(second.stderr).toContain('code cache used');
  });
});
