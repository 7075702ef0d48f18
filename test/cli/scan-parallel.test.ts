/**
 * `mailguard scan` of a folder on worker threads (docs/cli.md "Several files at once"): the built CLI on
 * real files in a temp folder prints exactly what a one-thread run prints, in input order, with a damaged
 * file's error on that file and every other file still read.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { threadsFromEnv, workersAfterFromEnv, WORKERS_AFTER_MS } from '../../src/cli/scan';
import { docxOf, paragraphs } from '../core/extraction/builders/zip';
import { buildCli, removeCli, REPO, runCli, type Run } from './cli-harness';

let cli = '';
let dir = '';

beforeAll(() => {
  cli = buildCli();
  dir = mkdtempSync(path.join(tmpdir(), 'mailguard-parallel-'));
  mkdirSync(path.join(dir, 'in/mail'), { recursive: true });
  const attachments = path.join(REPO, 'test/fixtures/attachments');
  for (const name of readdirSync(attachments).filter((n) =>
    /\.(docx|xlsx|pptx|odt|pdf|csv|vcf|ics)$/.test(n),
  ))
    copyFileSync(path.join(attachments, name), path.join(dir, 'in', name));
  const eml = path.join(REPO, 'test/fixtures/eml');
  for (const name of readdirSync(eml).slice(0, 6))
    copyFileSync(path.join(eml, name), path.join(dir, 'in/mail', name));
  const docx = docxOf(paragraphs(['Hej, inget känsligt här.']));
  writeFileSync(path.join(dir, 'in/b-cut.docx'), docx.subarray(0, Math.floor(docx.length / 2)));
  writeFileSync(path.join(dir, 'in/a-pnr.txt'), 'Personnummer: 850709-9805\n');
});

afterAll(() => {
  removeCli(cli);
  rmSync(dir, { recursive: true, force: true });
});

// Worker threads from the start (by default they start only when a scan has run for a while).
const scan = (threads: string, args: readonly string[]): Run => {
  const settings = { MAILGUARD_SCAN_THREADS: threads, MAILGUARD_SCAN_THREADS_AFTER_MS: '0' };
  const before = Object.fromEntries(Object.keys(settings).map((name) => [name, process.env[name]]));
  Object.assign(process.env, settings);
  try {
    return runCli(cli, ['scan', ...args], dir);
  } finally {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
};

const files = (stdout: string): string[] =>
  stdout
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { file: string }).file);

describe('mailguard scan on worker threads', () => {
  const args = ['--json', 'in', 'missing.txt', 'in/a-pnr.txt'];

  it('prints what one thread prints, in input order, with the same exit status', () => {
    const serial = scan('1', args);
    const parallel = scan('3', args);
    expect(parallel.stderr).toBe(serial.stderr);
    expect(parallel.stdout).toBe(serial.stdout);
    expect(parallel.status).toBe(1);
    expect(serial.status).toBe(1);
    const listed = files(parallel.stdout);
    const folder = listed.slice(0, -2);
    expect(folder.length).toBeGreaterThan(15);
    expect(folder).toEqual([...folder].sort());
    expect(listed.slice(-2)).toEqual(['missing.txt', path.join('in', 'a-pnr.txt')]);
  });

  it('reports a damaged file and a missing one on their own lines and reads the rest', () => {
    const records = scan('2', args)
      .stdout.trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as { file: string; verdict: string | null; errors: Array<{ code: string }> },
      );
    const byFile = new Map(records.map((r) => [r.file, r]));
    expect(byFile.get(path.join('in', 'b-cut.docx'))).toEqual(
      expect.objectContaining({ verdict: 'warn', errors: [expect.objectContaining({ code: 'partial' })] }),
    );
    expect(byFile.get('missing.txt')).toEqual(
      expect.objectContaining({ verdict: null, errors: [expect.objectContaining({ code: 'not-read' })] }),
    );
    expect(byFile.get(path.join('in', 'a-pnr.txt'))?.verdict).toBe('block');
    expect(byFile.get(path.join('in', 'staff-list.personnummer.xlsx'))?.verdict).toBe('block');
    expect(records.filter((r) => r.verdict === null)).toHaveLength(1);
  });

  it('keeps the summary line of the report for people', () => {
    const serial = scan('1', ['in']);
    const parallel = scan('2', ['in']);
    expect(parallel.stdout).toBe(serial.stdout);
    expect(parallel.stdout.trim().split('\n').pop()).toMatch(
      /^\d+ file\(s\): \d+ block, \d+ warn, \d+ allow/,
    );
  });
});

describe('threadsFromEnv', () => {
  it.each([
    [undefined, 4, 4],
    ['1', 4, 1],
    [' 3 ', 2, 3],
    ['0', 2, 2],
    ['-2', 2, 2],
    ['two', 2, 2],
    ['1.5', 2, 2],
    ['', 2, 2],
  ])('MAILGUARD_SCAN_THREADS=%p on %p cores: %p', (value, cores, expected) => {
    expect(threadsFromEnv(value, cores)).toBe(expected);
  });
});

describe('workersAfterFromEnv', () => {
  it.each([
    [undefined, WORKERS_AFTER_MS],
    ['0', 0],
    [' 500 ', 500],
    ['-1', WORKERS_AFTER_MS],
    ['soon', WORKERS_AFTER_MS],
    ['1.5', WORKERS_AFTER_MS],
    ['', WORKERS_AFTER_MS],
  ])('MAILGUARD_SCAN_THREADS_AFTER_MS=%p: %p ms', (value, expected) => {
    expect(workersAfterFromEnv(value)).toBe(expected);
  });
});
