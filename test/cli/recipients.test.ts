/**
 * `mailguard scan` on .eml files reports recipient risks from their From/To/Cc headers and body (group
 * syntax, display names with commas, punycode domains). Each fixture is named for its verdict.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { buildCli, removeCli, REPO, runCli } from './cli-harness';

const FOLDER = path.join('test', 'fixtures', 'eml', 'recipients');

interface Record {
  readonly file: string;
  readonly verdict: string;
  readonly findings: ReadonlyArray<{
    type: string;
    category: string;
    masked: string;
    clause: string;
    where: { part: string };
  }>;
}

const records: { [name: string]: Record } = {};
let cli = '';

beforeAll(() => {
  cli = buildCli();
  const run = runCli(cli, ['scan', '--json', FOLDER], REPO);
  for (const line of run.stdout.trim().split('\n')) {
    const record = JSON.parse(line) as Record;
    records[path.basename(record.file)] = record;
  }
}, 120000);

afterAll(() => removeCli(cli));

const EXPECTED: ReadonlyArray<readonly [string, string, string | undefined]> = [
  ['rcpt-lookalike.warn.eml', 'warn', 'recipient-lookalike-domain'],
  ['rcpt-webmail-personnummer.block.eml', 'block', 'recipient-webmail'],
  ['rcpt-wrong-anna.warn.eml', 'warn', 'recipient-greeting-mismatch'],
  ['rcpt-visible-list.warn.eml', 'warn', 'recipient-visible-list'],
  ['rcpt-idn-customer.allow.eml', 'allow', undefined],
];

describe('recipient risks from .eml headers', () => {
  it('covers every fixture in the folder', () => {
    expect(readdirSync(path.join(REPO, FOLDER)).sort()).toEqual(EXPECTED.map(([name]) => name).sort());
  });

  it.each(EXPECTED)('%s → %s (%s)', (name, verdict, type) => {
    const record = records[name];
    expect(record?.verdict).toBe(verdict);
    const risks = (record?.findings ?? []).filter((f) => f.category === 'recipient');
    expect(risks.map((f) => f.type)).toEqual(type === undefined ? [] : [type]);
    for (const f of risks) {
      expect(f.where.part).toBe('recipients');
      expect(f.clause).toBe('P1');
    }
  });

  it('masks the address it shows', () => {
    const [risk] = (records['rcpt-lookalike.warn.eml']?.findings ?? []).filter(
      (f) => f.category === 'recipient',
    );
    expect(risk?.masked).toBe('a***@vinnter-se.com');
    expect(JSON.stringify(records['rcpt-lookalike.warn.eml'])).not.toContain('anna.berg@');
  });
});
