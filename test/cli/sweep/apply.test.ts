/**
 * `mailguard sweep --apply`: archive to a real vault (verified) then delete, or delete; audited; nothing is
 * deleted when the vault is down; a message deleted in between is skipped and reported.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { verifyAudit } from '../../../src/cli/sweep/audit';
import {
  DELETED_ITEMS,
  INBOX,
  message,
  startGraphStandIn,
  tenant,
  user,
  type GraphStandIn,
} from '../../support/graph-standin';
import { startTestVault, type TestVault } from '../../server/support/vault';
import { put, remove, sweep, tempDir } from './harness';
import { CLEAN_MAIL, CV_MAIL, eml, PNR } from './mail';

const OLD = 'Tue, 11 Mar 2014 09:30:00 +0100';
let dir: string;
let box: string;
let vault: TestVault;
let env: Record<string, string>;

beforeAll(async () => {
  vault = await startTestVault();
  env = { MAILGUARD_VAULT_URL: vault.url, MAILGUARD_VAULT_TOKEN: await vault.token('it-admin@vinnter.se') };
});
afterAll(() => vault.close());
beforeEach(async () => {
  dir = await tempDir();
  box = path.join(dir, 'export');
  await mkdir(box);
});
afterEach(() => remove(dir));

/**
 * The vault dates decisions by its own clock and takes none from more than a year back: applied runs use
 * the real clock (the mail here is from 2013-2014, older than ten years either way).
 */
const applySweep: typeof sweep = (a, io = {}) => sweep(a, { now: () => new Date(), ...io });
const audit = (): string => path.join(dir, 'audit.jsonl');
const args = (...rest: string[]): string[] => [
  '--json',
  '--checkpoint',
  path.join(dir, 'ck'),
  '--audit',
  audit(),
  ...rest,
];
const auditLines = async (): Promise<Record<string, unknown>[]> =>
  (await readFile(audit(), 'utf8'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

async function stored(id: string): Promise<Buffer> {
  const response = await fetch(`${vault.url}/api/files/${id}/content`, {
    headers: { authorization: `Bearer ${env['MAILGUARD_VAULT_TOKEN'] ?? ''}` },
  });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

describe('--apply on a folder', () => {
  it('delete: removes listed files only, audits each, and a second sweep finds nothing', async () => {
    const cv = await put(box, 'cv.eml', eml({ ...CV_MAIL, date: OLD }));
    const lunch = await put(box, 'lunch.eml', eml({ ...CLEAN_MAIL, date: OLD }));
    const run = await applySweep(args('--apply', 'delete', box));
    expect(run.status).toBe(0);
    expect(run.messages).toEqual([
      expect.objectContaining({ file: cv, action: 'delete', applied: { outcome: 'deleted' } }),
    ]);
    expect(existsSync(cv)).toBe(false);
    expect(existsSync(lunch)).toBe(true);
    expect(await auditLines()).toEqual([
      expect.objectContaining({ action: 'delete', outcome: 'deleted', message: cv, verdict: 'block' }),
    ]);
    expect(await verifyAudit(audit())).toEqual({ ok: true, entries: 1 });
    expect((await applySweep(args(box))).messages).toEqual([]);
    expect(run.summaries[0]).toEqual(expect.objectContaining({ deleted: 1, failed: 0 }));
  });

  it('archive: a verified copy in the vault for the owner, then the file is deleted', async () => {
    const bytes = eml({ ...CV_MAIL, date: OLD });
    const cv = await put(box, 'cv.eml', bytes);
    const run = await applySweep(args('--apply', 'archive', '--owner', 'karin.lund@vinnter.se', box), {
      env,
    });
    expect(run.status).toBe(0);
    const applied = run.messages[0]?.['applied'] as { outcome: string; vaultId: string };
    expect(applied.outcome).toBe('archived');
    expect(await stored(applied.vaultId)).toEqual(bytes);
    expect(existsSync(cv)).toBe(false);
    const [entry] = await auditLines();
    expect(entry).toEqual(
      expect.objectContaining({
        action: 'archive',
        outcome: 'archived',
        vaultId: applied.vaultId,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      }),
    );
  });

  it.each([
    [
      'the vault is down',
      () => ({ MAILGUARD_VAULT_URL: 'http://127.0.0.1:9', MAILGUARD_VAULT_TOKEN: 't' }),
      /could not be reached/,
    ],
    ['no vault is configured', () => ({}), /no vault configured/],
    [
      'the token is refused',
      () => ({ MAILGUARD_VAULT_URL: vault.url, MAILGUARD_VAULT_TOKEN: 'forged' }),
      /answered 401/,
    ],
  ])('archive when %s deletes nothing and fails the run', async (_, vaultEnv, problem) => {
    const cv = await put(box, 'cv.eml', eml({ ...CV_MAIL, date: OLD }));
    const run = await applySweep(args('--apply', 'archive', '--owner', 'k@vinnter.se', box), {
      env: vaultEnv(),
    });
    expect(run.status).toBe(1);
    expect(run.messages[0]?.['applied']).toEqual({
      outcome: 'failed',
      step: 'vault',
      message: expect.stringMatching(problem) as unknown,
    });
    expect(existsSync(cv)).toBe(true);
    expect(await auditLines()).toEqual([expect.objectContaining({ outcome: 'failed', step: 'vault' })]);
  });

  it('archive from a folder without --owner deletes nothing', async () => {
    const cv = await put(box, 'cv.eml', eml({ ...CV_MAIL, date: OLD }));
    const run = await applySweep(args('--apply', 'archive', box), { env });
    expect(run.messages[0]?.['applied']).toEqual(
      expect.objectContaining({ outcome: 'failed', message: expect.stringMatching(/no owner/) as unknown }),
    );
    expect(existsSync(cv)).toBe(true);
  });

  it('a tampered audit file no longer verifies', async () => {
    await put(box, 'a.eml', eml({ ...CV_MAIL, date: OLD }));
    await put(box, 'b.eml', eml({ ...CV_MAIL, date: OLD }));
    await applySweep(args('--apply', 'delete', box));
    const lines = (await readFile(audit(), 'utf8')).split('\n');
    await writeFile(audit(), [lines[0]?.replace('"block"', '"warn"'), ...lines.slice(1)].join('\n'));
    expect(await verifyAudit(audit())).toEqual({ ok: false, line: 2 });
  });
});

describe('--apply on Microsoft 365 (Graph stand-in)', () => {
  let standIn: GraphStandIn;
  const cvAt = '2013-04-05T06:07:08Z';
  beforeEach(async () => {
    standIn = await startGraphStandIn(
      tenant([
        user('anna@vinnter.se', [
          message(eml({ ...CV_MAIL, date: new Date(cvAt).toUTCString() }), cvAt),
          message(eml({ ...CLEAN_MAIL, date: OLD }), cvAt),
        ]),
      ]),
    );
  });
  afterEach(() => standIn.close());
  const graphIo = (extra: Record<string, string> = env) => ({
    env: { ...standIn.env, ...extra },
    graph: { ca: standIn.ca, sleep: () => Promise.resolve(), attempts: 2 },
  });
  const messages = () => standIn.tenant.users[0]?.messages ?? [];

  it('archive: copy for the mailbox owner in the vault, then moved to Deleted Items; the next sweep skips it', async () => {
    const [cv] = messages();
    const run = await applySweep(args('--apply', 'archive', 'graph:'), graphIo());
    expect(run.status).toBe(0);
    const applied = run.messages[0]?.['applied'] as { outcome: string; vaultId: string };
    expect(applied.outcome).toBe('archived');
    expect(await stored(applied.vaultId)).toEqual(cv?.mime);
    expect(messages().map((m) => m.parentFolderId)).toEqual([DELETED_ITEMS, INBOX]);
    expect(standIn.requests).toContainEqual(
      expect.stringMatching(/^POST \/v1\.0\/users\/[^/]+\/messages\/[^/]+\/move$/),
    );
    expect((await applySweep(args('--fresh', 'graph:'), graphIo())).messages).toEqual([]);
  });

  it('archive with the vault down leaves the message in the Inbox', async () => {
    const run = await applySweep(
      args('--apply', 'archive', 'graph:'),
      graphIo({ MAILGUARD_VAULT_URL: 'http://127.0.0.1:9', MAILGUARD_VAULT_TOKEN: 't' }),
    );
    expect(run.status).toBe(1);
    expect(run.messages[0]?.['applied']).toEqual(
      expect.objectContaining({ outcome: 'failed', step: 'vault' }),
    );
    expect(messages().map((m) => m.parentFolderId)).toEqual([INBOX, INBOX]);
    expect(standIn.requests.some((r) => r.endsWith('/move'))).toBe(false);
  });

  it('a message the user deleted between scan and apply is skipped and reported as gone', async () => {
    standIn.tenant.faults = { deleteAfterRead: [messages()[0]?.id ?? ''] };
    const run = await applySweep(args('--apply', 'delete', 'graph:'), graphIo());
    expect(run.status).toBe(0);
    expect(run.messages[0]?.['applied']).toEqual({ outcome: 'gone' });
    expect(run.summaries[0]).toEqual(expect.objectContaining({ gone: 1, deleted: 0 }));
    expect(standIn.requests.some((r) => r.endsWith('/move'))).toBe(false);
    expect(await auditLines()).toEqual([expect.objectContaining({ action: 'delete', outcome: 'gone' })]);
    const dpo = await vault.token('dpo@vinnter.se', ['dpo']);
    const summary = (await (
      await fetch(`${vault.url}/api/decisions/summary`, { headers: { authorization: `Bearer ${dpo}` } })
    ).json()) as { rows: { decision: string; type: string }[] };
    expect(summary.rows).toContainEqual(
      expect.objectContaining({ decision: 'sweep', type: 'already-deleted' }),
    );
  });
});

describe('applied actions in the vault decision log', () => {
  interface Row {
    category: string;
    type: string;
    clause: string;
    decision: string;
    reason: string;
    count: number;
  }
  /** The DPO's view: sweep rows of the decision summary (today, per day). */
  async function sweepRows(): Promise<Row[]> {
    const dpo = await vault.token('dpo@vinnter.se', ['dpo']);
    const response = await fetch(`${vault.url}/api/decisions/summary?period=day`, {
      headers: { authorization: `Bearer ${dpo}` },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { rows: Row[] };
    return body.rows.filter((r) => r.decision === 'sweep');
  }
  const countOf = (rows: Row[], type: string): number =>
    rows.filter((r) => r.type === type).reduce((n, r) => n + r.count, 0);

  it('archive and delete: one record per category with the outcome and clause, no values, stored once', async () => {
    const before = await sweepRows();
    await put(box, 'cv.eml', eml({ ...CV_MAIL, date: OLD }));
    const run = await applySweep(args('--apply', 'archive', '--owner', 'karin.lund@vinnter.se', box), {
      env,
    });
    expect(run.status).toBe(0);
    const categories = run.messages[0]?.['categories'] as string[];
    expect(categories.length).toBeGreaterThan(0);
    const after = await sweepRows();
    expect(countOf(after, 'archived') - countOf(before, 'archived')).toBe(categories.length);
    for (const category of categories)
      expect(after).toContainEqual(
        expect.objectContaining({ category, type: 'archived', clause: 'P3', reason: 'other' }),
      );
    const text = JSON.stringify(after);
    for (const secret of [PNR, 'Karin', 'Ansökan', 'karin.lund@vinnter.se'])
      expect(text).not.toContain(secret);

    await put(box, 'cv2.eml', eml({ ...CV_MAIL, date: OLD }));
    const deleted = await applySweep(args('--fresh', '--apply', 'delete', box), { env });
    expect(deleted.status).toBe(0);
    const last = await sweepRows();
    expect(countOf(last, 'deleted') - countOf(after, 'deleted')).toBe(categories.length);
    expect(last).toContainEqual(expect.objectContaining({ type: 'deleted', clause: 'P5' }));
  });

  it('the vault down: the failure is in the local audit, the run says the log missed it, nothing deleted', async () => {
    const cv = await put(box, 'cv.eml', eml({ ...CV_MAIL, date: OLD }));
    const run = await applySweep(args('--apply', 'archive', '--owner', 'k@vinnter.se', box), {
      env: { MAILGUARD_VAULT_URL: 'http://127.0.0.1:9', MAILGUARD_VAULT_TOKEN: 't' },
    });
    expect(run.status).toBe(1);
    expect(existsSync(cv)).toBe(true);
    expect(run.stderr).toMatch(/1 applied action\(s\) could not be recorded in the vault's decision log/);
    expect(await auditLines()).toEqual([expect.objectContaining({ outcome: 'failed', step: 'vault' })]);
  });
});
