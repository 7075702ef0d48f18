/**
 * `mailguard sweep --queue`: one pg-boss job per mailbox in the shared PostgreSQL, against the Graph
 * stand-in. Two worker processes share a run and one of them is killed mid-mailbox: every mailbox is
 * swept exactly once, the killed worker's mailbox finished by the other from its checkpoint. In process:
 * an outage mid-mailbox fails the job, pg-boss retries it, and it resumes where it stopped.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { message, startGraphStandIn, tenant, user, type GraphStandIn } from '../../support/graph-standin';
import { buildCli, removeCli } from '../cli-harness';
import { remove, sweep, tempDir } from './harness';
import { CLEAN_MAIL, CV_MAIL, eml } from './mail';

const PG_URL = process.env['MAILGUARD_TEST_PG_URL'];
const describePg = PG_URL === undefined || PG_URL === '' ? describe.skip : describe;

/** 150 old messages, every tenth a CV: two Graph pages, 15 listed. */
function bulk(): ReturnType<typeof message>[] {
  return Array.from({ length: 150 }, (_, i) => {
    const at = new Date(Date.UTC(2012, 0, 1) + i * 3_600_000).toISOString();
    const mail = i % 10 === 0 ? CV_MAIL : CLEAN_MAIL;
    return message(eml({ ...mail, date: new Date(at).toUTCString() }), at);
  });
}

const MAILBOXES = ['a', 'b', 'c', 'd'].map((n) => `${n}.person@vinnter.se`);

// Worker processes sweep real mailboxes on a shared machine: minutes, not seconds.
jest.setTimeout(240_000);

interface Worker {
  readonly child: ChildProcess;
  stdout: string;
  stderr: string;
  readonly exited: Promise<number | null>;
}

const jsonLines = (text: string): Record<string, unknown>[] =>
  text
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const summaries = (text: string): Record<string, unknown>[] =>
  jsonLines(text)
    .map((l) => l['summary'] as Record<string, unknown> | undefined)
    .filter((s): s is Record<string, unknown> => s !== undefined);

describePg('sweep through the PostgreSQL job queue', () => {
  let standIn: GraphStandIn;
  let dir: string;
  let schema: string;
  let cli = '';

  beforeAll(() => {
    cli = buildCli();
  });
  afterAll(() => removeCli(cli));
  beforeEach(async () => {
    standIn = await startGraphStandIn(tenant(MAILBOXES.map((m) => user(m, bulk()))));
    dir = await tempDir();
    schema = `mg_sweep_test_${randomBytes(4).toString('hex')}`;
  });
  afterEach(async () => {
    await standIn.close();
    await remove(dir);
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });

  const queueEnv = (): Record<string, string> => ({
    ...standIn.env,
    MAILGUARD_SWEEP_QUEUE: PG_URL ?? '',
    MAILGUARD_SWEEP_QUEUE_SCHEMA: schema,
    MAILGUARD_SWEEP_HEARTBEAT_SECONDS: '1',
  });

  async function startWorker(name: string): Promise<Worker> {
    const caFile = path.join(dir, 'graph-ca.pem');
    await writeFile(caFile, standIn.ca);
    const child = spawn(
      process.execPath,
      [
        cli,
        'sweep',
        '--json',
        '--parallel',
        '1',
        '--summary',
        '--checkpoint',
        path.join(dir, name),
        'graph:',
      ],
      { env: { ...process.env, ...queueEnv(), NODE_EXTRA_CA_CERTS: caFile, FORCE_COLOR: '0' } },
    );
    const worker: Worker = {
      child,
      stdout: '',
      stderr: '',
      exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
    };
    child.stdout?.on('data', (d: Buffer) => (worker.stdout += d.toString('utf8')));
    child.stderr?.on('data', (d: Buffer) => (worker.stderr += d.toString('utf8')));
    return worker;
  }

  /** Resolves with the mailbox `worker` is in the middle of, once it is past a mailbox's first page. */
  async function midMailbox(worker: Worker): Promise<string> {
    for (;;) {
      const done = new Set(summaries(worker.stdout).map((s) => s['mailbox']));
      const listed = jsonLines(worker.stdout).filter((l) => 'id' in l && !done.has(l['mailbox']));
      const perMailbox = new Map<string, number>();
      for (const l of listed)
        perMailbox.set(String(l['mailbox']), (perMailbox.get(String(l['mailbox'])) ?? 0) + 1);
      // The eleventh CV is message 100: the first page (and its checkpoint) is behind the worker.
      for (const [mailbox, n] of perMailbox) if (n >= 11) return mailbox;
      if (worker.child.exitCode !== null) throw new Error(`worker ended early: ${worker.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('two workers share the run; a killed worker’s mailbox is finished by the other; each swept once', async () => {
    const a = await startWorker('a');
    const killedIn = await midMailbox(a);
    a.child.kill('SIGKILL');
    await a.exited;
    const b = await startWorker('b');
    expect(await b.exited).toBe(0);

    const complete = [...summaries(a.stdout), ...summaries(b.stdout)].filter((s) => s['complete'] === true);
    expect(complete.map((s) => s['mailbox']).sort()).toEqual(MAILBOXES);
    // The killed worker never finished its mailbox; the other one did, counting the whole mailbox once.
    expect(summaries(a.stdout).map((s) => s['mailbox'])).not.toContain(killedIn);
    expect(summaries(b.stdout)).toContainEqual(
      expect.objectContaining({ mailbox: killedIn, complete: true, older: 150, personal: 15 }),
    );
    // Resumed from the checkpoint: the killed mailbox's first page was listed once, by the first worker.
    const userId = standIn.tenant.users.find((u) => u.userPrincipalName === killedIn)?.id ?? '';
    const firstPages = standIn.requests.filter(
      (r) => r.includes(`/users/${userId}/messages?`) && !r.includes('$skip'),
    );
    expect(firstPages).toHaveLength(1);
    // The run's totals, from the queue's database: four mailboxes, each counted once.
    const run = jsonLines(b.stdout).find((l) => 'run' in l)?.['run'];
    expect(run).toEqual(expect.objectContaining({ mailboxes: 4, done: 4, older: 600, personal: 60 }));
    expect(b.stderr).toMatch(/joining run/);
  });

  it('two workers started together split the mailboxes between them, none twice', async () => {
    const [a, b] = await Promise.all([startWorker('a'), startWorker('b')]);
    // Both on a new schema: one sets up pg-boss and the queue, the other waits (no "deadlock detected").
    const codes = await Promise.all([a.exited, b.exited]);
    expect({ codes, stderr: codes[0] === 0 && codes[1] === 0 ? '' : `${a.stderr}\n${b.stderr}` }).toEqual({
      codes: [0, 0],
      stderr: '',
    });
    const fromA = summaries(a.stdout).map((s) => s['mailbox']);
    const fromB = summaries(b.stdout).map((s) => s['mailbox']);
    expect([...fromA, ...fromB].sort()).toEqual(MAILBOXES);
    const listed = [...jsonLines(a.stdout), ...jsonLines(b.stdout)].filter((l) => 'id' in l);
    expect(new Set(listed.map((l) => l['id'])).size).toBe(listed.length);
    expect(listed).toHaveLength(60);
  });

  it('in process: an outage mid-mailbox fails the job; the retried job resumes from its checkpoint', async () => {
    standIn.tenant.users.splice(1);
    standIn.tenant.faults = { outageAfter: 120, outageKind: 'http-503' };
    let stderr = '';
    const run = await sweep(['--json', '--summary', '--checkpoint', path.join(dir, 'ck'), 'graph:'], {
      now: () => new Date(),
      env: queueEnv(),
      graph: { ca: standIn.ca, sleep: () => Promise.resolve(), attempts: 2 },
      err: (text) => {
        stderr += text;
        // Graph comes back once the first attempt has stopped.
        if (text.includes('stopped')) standIn.tenant.faults = {};
      },
    });
    expect(stderr).toMatch(
      /stopped \(Microsoft Graph unavailable.*\); the queue retries it from its checkpoint/,
    );
    expect(run.status).toBe(0);
    expect(run.summaries.filter((s) => s['complete'] === true)).toEqual([
      expect.objectContaining({ mailbox: MAILBOXES[0], older: 150, personal: 15 }),
    ]);
    expect(run.lines.find((l) => 'run' in l)?.['run']).toEqual(
      expect.objectContaining({ mailboxes: 1, done: 1, personal: 15 }),
    );
  });
});
