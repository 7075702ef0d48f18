/**
 * End to end on realistic mail: every `test/fixtures/eml/<what>.<verdict>.eml` must get its verdict from
 * the built CLI (`mailguard scan --json`: parseMessage → checkDraft with the built-in policy and all
 * recognizers, pdf.js and all). Staying silent on clean business mail counts as much as catching
 * sensitive data.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { buildCli, removeCli, REPO, runCli } from './cli-harness';

const FOLDER = path.join('test', 'fixtures', 'eml');
const NAMED = /\.(block|warn|allow)\.eml$/;

const FIXTURES = readdirSync(path.join(REPO, FOLDER))
  .filter((name) => NAMED.test(name))
  .sort()
  .map((name) => [name, NAMED.exec(name)?.[1] ?? ''] as const);

/**
 * Fixtures the shipped recognizers still get wrong, and why. Each is a detection bug to fix, not a
 * wrong expectation; `it.failing` turns red once it is fixed, so the list stays honest.
 */
const KNOWN_MISSES: { readonly [name: string]: string } = {};

interface Record {
  readonly file: string;
  readonly verdict: string | null;
  readonly findings: ReadonlyArray<{
    action: string;
    type: string;
    masked: string;
    where: { part: string };
    quoted?: boolean;
    reasons: string[];
  }>;
  readonly errors: ReadonlyArray<{ code: string; attachment?: string; part: string; message: string }>;
}

const records: { [file: string]: Record } = {};

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

describe('verdicts on realistic mail', () => {
  it('has a fixture set with every verdict', () => {
    const kinds = FIXTURES.map(([, kind]) => kind);
    for (const kind of ['block', 'warn', 'allow']) expect(kinds).toContain(kind);
    expect(FIXTURES.length).toBeGreaterThanOrEqual(25);
  });

  for (const [name, expected] of FIXTURES) {
    const test = KNOWN_MISSES[name] === undefined ? it : it.failing;
    test(`${name} → ${expected}`, () => {
      const record = records[name];
      // What was found (masked) and what could not be read, so a failure explains itself without values.
      const found = (record?.findings ?? []).map(
        (f) =>
          `${f.action} ${f.type} ${f.masked} @${f.where.part}${f.quoted === true ? ' (quoted)' : ''} [${f.reasons.join(',')}]`,
      );
      const errors = (record?.errors ?? []).map((e) => `${e.code} ${e.attachment ?? e.part}: ${e.message}`);
      expect({ verdict: record?.verdict, found, errors }).toEqual({ verdict: expected, found, errors });
    });
  }
});
