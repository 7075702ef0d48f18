import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCli, removeCli, REPO, runCli } from './cli-harness';

const PNR = '850709-9805';
let cli = '';
let dir = '';

beforeAll(() => {
  cli = buildCli();
  dir = mkdtempSync(path.join(tmpdir(), 'mailguard-scan-'));
  mkdirSync(path.join(dir, 'in/sub'), { recursive: true });
  writeFileSync(path.join(dir, 'in/1-pnr.txt'), `Hej!\nPersonnummer: ${PNR}\n`);
  writeFileSync(path.join(dir, 'in/2-clean.txt'), 'Hej! Mötet flyttas till torsdag kl 10 i rum Vänern.\n');
  writeFileSync(
    path.join(dir, 'in/3-contact.csv'),
    'Namn;Mobil;E-post\nHelena Strand;070-174 06 88;helena.strand@nordvindenergi.se\n',
  );
  writeFileSync(path.join(dir, 'in/notes.bin'), Buffer.from([0, 1, 2, 3]));
  copyFileSync(
    path.join(REPO, 'test/fixtures/eml/forwarded-thread-personnummer.block.eml'),
    path.join(dir, 'in/sub/mail.eml'),
  );
  writeFileSync(path.join(dir, 'warn-only.csv'), 'Namn;Mobil\nHelena Strand;070-174 06 88\n');
  writeFileSync(
    path.join(dir, 'broken-policy.json'),
    JSON.stringify({ actions: { health: 'panic' }, vault: { retentionDays: 99999 } }),
  );
  writeFileSync(path.join(dir, 'lenient-policy.json'), JSON.stringify({ actions: { 'national-id': 'off' } }));
});

afterAll(() => {
  removeCli(cli);
  rmSync(dir, { recursive: true, force: true });
});

const lines = (stdout: string): Array<Record<string, unknown>> =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('mailguard scan --json', () => {
  it('prints one JSON object per file, folders recursed in sorted order, other types skipped', () => {
    const run = runCli(cli, ['scan', '--json', 'in'], dir);
    expect(run.status).toBe(0);
    const records = lines(run.stdout);
    expect(records.map((r) => [r['file'], r['verdict']])).toEqual([
      [path.join('in', '1-pnr.txt'), 'block'],
      [path.join('in', '2-clean.txt'), 'allow'],
      [path.join('in', '3-contact.csv'), 'warn'],
      [path.join('in', 'sub', 'mail.eml'), 'block'],
    ]);
    expect(run.stderr).toContain('skipped 1 file');
  });

  it('follows the contract shape and masks values', () => {
    const [record] = lines(runCli(cli, ['scan', '--json', 'in/1-pnr.txt'], dir).stdout);
    const findings = record?.['findings'] as Array<Record<string, unknown>>;
    expect(findings[0]).toEqual(
      expect.objectContaining({
        type: 'se-personnummer',
        category: 'national-id',
        severity: 'sensitive',
        score: expect.any(Number),
        where: { part: 'attachment', attachment: '1-pnr.txt', start: 19, end: 30, line: 2, column: 15 },
        masked: '850709-****',
        reasons: expect.arrayContaining(['checksum']),
        clause: 'P2',
      }),
    );
    expect(findings[0]).not.toHaveProperty('value');
    expect(JSON.stringify(record)).not.toContain(PNR);
    expect(record?.['errors']).toEqual([]);
  });

  it('places .eml findings in the draft and marks quoted history', () => {
    const [record] = lines(runCli(cli, ['scan', '--json', 'in/sub/mail.eml'], dir).stdout);
    const pnr = (record?.['findings'] as Array<Record<string, unknown>>).find(
      (f) => f['type'] === 'se-personnummer',
    );
    expect(pnr).toEqual(
      expect.objectContaining({ quoted: true, where: expect.objectContaining({ part: 'body' }) }),
    );
  });

  it('prints values only with --reveal', () => {
    const [record] = lines(runCli(cli, ['scan', '--json', '--reveal', 'in/1-pnr.txt'], dir).stdout);
    expect((record?.['findings'] as Array<Record<string, unknown>>)[0]?.['value']).toBe(PNR);
  });
});

describe('exit status', () => {
  it.each([
    ['every file read', 0, ['scan', '--json', 'in']],
    ['a missing file', 1, ['scan', '--json', 'in/1-pnr.txt', 'nope.eml']],
    ['--fail-on block with a blocked file', 1, ['scan', '--json', '--fail-on', 'block', 'in/1-pnr.txt']],
    ['--fail-on block with a warned file', 0, ['scan', '--json', '--fail-on', 'block', 'warn-only.csv']],
    ['--fail-on=warn with a warned file', 1, ['scan', '--json', '--fail-on=warn', 'warn-only.csv']],
    ['--fail-on warn with a clean file', 0, ['scan', '--json', '--fail-on', 'warn', 'in/2-clean.txt']],
    ['no PATH', 2, ['scan']],
    ['an unknown option', 2, ['scan', '--jsn', 'in']],
    ['a bad --fail-on', 2, ['scan', '--fail-on', 'never', 'in']],
    ['a missing policy file', 2, ['scan', '--policy', 'none.json', 'in']],
    ['--help', 0, ['scan', '--help']],
  ])('%s → %i', (_what, status, args) => {
    expect(runCli(cli, args, dir).status).toBe(status);
  });

  it('reports a missing file in order, as not read', () => {
    const records = lines(runCli(cli, ['scan', '--json', 'nope.eml', 'in/2-clean.txt'], dir).stdout);
    expect(records.map((r) => [r['file'], r['verdict']])).toEqual([
      ['nope.eml', null],
      [path.join('in', '2-clean.txt'), 'allow'],
    ]);
    expect(records[0]?.['errors']).toEqual([expect.objectContaining({ code: 'not-read' })]);
  });
});

describe('--policy', () => {
  it('is a usage error (exit 2) naming each broken field, and scans nothing', () => {
    const run = runCli(cli, ['scan', '--json', '--policy', 'broken-policy.json', 'in/1-pnr.txt'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('actions.health: must be one of block, warn, inform, off');
    expect(run.stderr).toContain('vault.retentionDays');
    expect(run.stdout).toBe('');
  });

  it.each([
    ['not JSON', '{"actions": {', '(file): not valid JSON'],
    ['an unread part let through', '{"unchecked": "off"}', 'unchecked: must be one of block, warn'],
    ['a typo', '{"uncheked": "warn"}', 'uncheked: unknown field'],
  ])('%s is a usage error naming the field', (_what, text, message) => {
    writeFileSync(path.join(dir, 'bad.json'), text);
    const run = runCli(cli, ['scan', '--json', '--policy', 'bad.json', 'in/2-clean.txt'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('applies the policy it is given', () => {
    const run = runCli(cli, ['scan', '--json', '--policy', 'lenient-policy.json', 'in/1-pnr.txt'], dir);
    expect(run.stderr).toBe('');
    expect(lines(run.stdout)[0]?.['verdict']).toBe('allow');
  });
});

describe('mailguard scan (report for people)', () => {
  it('groups by file with verdict, masked value, where, why and clause, and no colours in a pipe', () => {
    const run = runCli(cli, ['scan', 'in/1-pnr.txt', 'in/2-clean.txt'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`${path.join('in', '1-pnr.txt')}  BLOCK`);
    expect(run.stdout).toContain('se-personnummer  850709-****');
    expect(run.stdout).toContain('where: attachment 1-pnr.txt, line 2, column 15');
    expect(run.stdout).toMatch(/why: +checksum/);
    expect(run.stdout).toContain('P2: avoid emailing sensitive personal data');
    expect(run.stdout).toContain(`${path.join('in', '2-clean.txt')}  ALLOW`);
    expect(run.stdout).toContain('2 file(s): 1 block, 0 warn, 1 allow');
    expect(run.stdout).not.toContain(PNR);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('shows the value with --reveal', () => {
    expect(runCli(cli, ['scan', '--reveal', 'in/1-pnr.txt'], dir).stdout).toContain(PNR);
  });
});
