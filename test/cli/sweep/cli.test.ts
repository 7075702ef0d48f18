/**
 * `mailguard sweep` through the bundled CLI: registered as a command, and a folder sweep end to end.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCli, removeCli, runCli } from '../cli-harness';
import { CV_MAIL, eml, PNR } from './mail';

let cli = '';
let dir = '';
beforeAll(() => {
  cli = buildCli();
  dir = mkdtempSync(path.join(os.tmpdir(), 'mailguard-sweep-cli-'));
});
afterAll(() => {
  removeCli(cli);
  rmSync(dir, { recursive: true, force: true });
});

it('is listed by mailguard --help and has its own --help', () => {
  expect(runCli(cli, ['--help'], dir).stdout).toMatch(/sweep\s+list \(and archive or delete\) old mail/);
  const help = runCli(cli, ['sweep', '--help'], dir);
  expect(help.status).toBe(0);
  expect(help.stdout).toContain('--apply archive|delete');
});

it('sweeps an export folder and prints JSON Lines without values', () => {
  writeFileSync(path.join(dir, 'cv.eml'), eml({ ...CV_MAIL, date: 'Tue, 11 Mar 2008 09:30:00 +0100' }));
  const run = runCli(cli, ['sweep', '--json', '.'], dir);
  expect(run.status).toBe(0);
  const [line, summary] = run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(line).toEqual(expect.objectContaining({ verdict: 'block', action: 'delete', dateSource: 'header' }));
  expect(summary).toEqual({ summary: expect.objectContaining({ personal: 1 }) as unknown });
  expect(run.stdout).not.toContain(PNR);
});
