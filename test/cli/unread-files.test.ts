/**
 * `mailguard scan` never calls a file clean that it did not fully read: the policy's `unchecked` action
 * (warn by default) is the verdict's floor and the exit status is 1. One hostile file does not stop the
 * files after it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { docxOf, paragraphs, rawZip } from '../core/extraction/builders/zip';
import { buildCli, removeCli, runCli } from './cli-harness';

const PNR = '850709-9805';
let cli = '';
let dir = '';

beforeAll(() => {
  cli = buildCli();
  dir = mkdtempSync(path.join(tmpdir(), 'mailguard-unread-'));
  writeFileSync(path.join(dir, 'digits.txt'), '7'.repeat(7_000_000));
  writeFileSync(path.join(dir, 'pnr.txt'), `Personnummer: ${PNR}\n`);
  writeFileSync(path.join(dir, 'clean.txt'), 'Mötet flyttas till torsdag.\n');
  const docx = docxOf(paragraphs(['Hej, inget känsligt här.']));
  // A document cut off halfway: its central directory is gone.
  writeFileSync(path.join(dir, 'cut.docx'), docx.subarray(0, Math.floor(docx.length / 2)));
  // Bit 0 of the flags: the member is encrypted.
  const secret = rawZip([{ name: 'a.txt', data: new Uint8Array(40), method: 0, declaredSize: 40, flags: 1 }]);
  writeFileSync(path.join(dir, 'secret.zip'), secret);
  writeFileSync(path.join(dir, 'strict.json'), JSON.stringify({ unchecked: 'block' }));
});

afterAll(() => {
  removeCli(cli);
  rmSync(dir, { recursive: true, force: true });
});

const records = (stdout: string): Array<Record<string, unknown>> =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('mailguard scan: files not fully read', () => {
  it('scans a run of 7 million digits and the files after it', () => {
    const run = runCli(cli, ['scan', '--json', 'digits.txt', 'pnr.txt'], dir);
    expect(run.stderr).toBe('');
    expect(records(run.stdout).map((r) => [r['file'], r['verdict']])).toEqual([
      ['digits.txt', 'allow'],
      ['pnr.txt', 'block'],
    ]);
    expect(run.status).toBe(0);
  });

  it.each([
    ['a damaged document, read in part', 'cut.docx', 'partial'],
    ['an encrypted archive', 'secret.zip', 'encrypted'],
  ])('%s gets warn (the default unchecked action) and exit 1', (_what, file, code) => {
    const run = runCli(cli, ['scan', '--json', file, 'clean.txt'], dir);
    const [first, second] = records(run.stdout);
    expect(first?.['verdict']).toBe('warn');
    expect(first?.['errors']).toEqual([expect.objectContaining({ code })]);
    expect(second?.['verdict']).toBe('allow');
    expect(run.status).toBe(1);
  });

  it('gets block under a policy with unchecked: block', () => {
    const run = runCli(cli, ['scan', '--json', '--policy', 'strict.json', 'secret.zip'], dir);
    expect(records(run.stdout)[0]?.['verdict']).toBe('block');
    expect(run.status).toBe(1);
  });

  it('says so in the report for people', () => {
    const run = runCli(cli, ['scan', 'cut.docx'], dir);
    expect(run.stdout).toMatch(/cut\.docx\s+WARN/);
    expect(run.stdout).toMatch(/NOTE\s+attachment cut\.docx \[partial\]/);
    expect(run.status).toBe(1);
  });
});
