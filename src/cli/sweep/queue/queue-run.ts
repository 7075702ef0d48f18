/**
 * The sweep at organisation scale: one pg-boss job per mailbox in PostgreSQL, worked by every machine
 * that runs the same command. A running job beats a heartbeat; a job whose heartbeat stops (its machine
 * crashed or was cut off) expires, goes back to the queue, and another machine resumes it from the
 * mailbox checkpoint in the database. The job runs `sweepMailbox`, the same function a one-machine sweep
 * runs (docs/adr/0039-sweep-job-queue.md).
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { sweepMailbox, type MailboxResult, type SweepContext } from '../run';
import type { MailboxCounts, MailboxSource, SourceSpec } from '../types';
import {
  finishRun,
  openRun,
  QueueCheckpoints,
  runMailboxes,
  whileSettingUp,
  withAdvisoryLock,
  type QueuedRun,
} from './run-store';

export interface QueueSettings {
  readonly url: string;
  /** PostgreSQL schema of pg-boss and the sweep's tables. */
  readonly schema: string;
  /** How often a running job says it is alive; four missed beats and it is taken for abandoned. */
  readonly heartbeatSeconds: number;
}

interface JobData {
  readonly spec: SourceSpec;
  readonly mailbox: string;
}

export interface QueueDeps {
  /** The run's mailboxes (listed by every machine; a mailbox already queued is queued once). */
  readonly list: (cutoff: Date) => AsyncIterable<MailboxSource>;
  /** Opens a queued mailbox again from its spec. */
  readonly open: (spec: SourceSpec, cutoff: Date) => MailboxSource;
  /** The sweep context for the run's cutoff and checkpoints. */
  readonly context: (run: QueuedRun, checkpoints: QueueCheckpoints) => Promise<SweepContext>;
  readonly info: (message: string) => void;
}

export interface QueueOutcome {
  /** Mailboxes this process finished or gave up on. */
  readonly results: MailboxResult[];
  /** Every mailbox of the run with its checkpoint, whichever machine swept it. */
  readonly mailboxes: { mailbox: string; done: boolean; counts: MailboxCounts }[];
  /** True when every mailbox of the run is done. */
  readonly finished: boolean;
}

/** Attempts of one slice before its mailbox is given up (a later run of the command tries again). */
const RETRY_LIMIT = 5;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Beats a job may miss before it expires and is retried elsewhere. */
const MISSED_BEATS = 4;

/** A job id fixed by run and mailbox, so a mailbox listed by several machines is queued once. */
function jobId(run: string, mailbox: string): string {
  const h = createHash('sha256').update(`${run}\u0000${mailbox}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/*
 * pg-boss 10 keeps every job in `<schema>.job` and expires an active job once `started_on + expire_in`
 * has passed; it has no heartbeat of its own (version 11, which has one, needs Node 22). The two
 * statements below are the only ones on its tables.
 */

/** Failed jobs of the queue. */
async function failedJobs(pool: pg.Pool, schema: string, queue: string): Promise<string[]> {
  const result = await pool.query<{ id: string }>(
    `SELECT id FROM "${schema}".job WHERE name = $1 AND state = 'failed'`,
    [queue],
  );
  return result.rows.map((r) => r.id);
}

/** Moves an active job's start forward: its expiry counts from the last beat. */
async function beat(pool: pg.Pool, schema: string, queue: string, id: string): Promise<void> {
  await pool.query(
    `UPDATE "${schema}".job SET started_on = now() WHERE name = $1 AND id = $2 AND state = 'active'`,
    [queue, id],
  );
}

class QueueWorker {
  readonly results: MailboxResult[] = [];

  constructor(
    private readonly boss: PgBoss,
    private readonly pool: pg.Pool,
    private readonly queue: string,
    private readonly run: QueuedRun,
    private readonly settings: QueueSettings,
    private readonly deps: QueueDeps,
    private readonly ctx: SweepContext,
  ) {}

  /** Works jobs until none of the run is waiting or running anywhere. */
  async loop(): Promise<void> {
    const idleMs = Math.min(2_000, this.settings.heartbeatSeconds * 250);
    for (;;) {
      const [job] = await this.boss.fetch<JobData>(this.queue, { batchSize: 1 });
      if (job !== undefined) {
        await this.work(job);
        continue;
      }
      // Jobs of a machine that stopped answering come back once their expiry has passed.
      await this.boss.expire();
      if ((await this.boss.getQueueSize(this.queue, { before: 'completed' })) === 0) return;
      await sleep(idleMs);
    }
  }

  private async work(job: PgBoss.Job<JobData>): Promise<void> {
    const { pool, settings, queue } = this;
    const timer = setInterval(() => {
      beat(pool, settings.schema, queue, job.id).catch((error: unknown) =>
        this.deps.info(`queue heartbeat: ${error instanceof Error ? error.message : String(error)}`),
      );
    }, settings.heartbeatSeconds * 1000);
    let result: MailboxResult | 'done-before';
    try {
      result = await this.exclusively(job.data.mailbox, async () =>
        // Finished by a worker whose job was taken for abandoned while it still ran: nothing left to do.
        (await this.ctx.checkpoints.mailbox(job.data.mailbox)).done
          ? 'done-before'
          : sweepMailbox(this.deps.open(job.data.spec, this.run.cutoff), this.ctx),
      );
    } finally {
      clearInterval(timer);
    }
    if (result === 'done-before' || result.complete) {
      await this.boss.complete(queue, job.id);
      if (result !== 'done-before') this.results.push(result);
      return;
    }
    this.results.push(result);
    // A stopped mailbox fails its job: pg-boss retries it later, from the checkpoint.
    await this.boss.fail(queue, job.id, { problem: result.problem ?? 'stopped' });
  }

  /**
   * Runs `task` holding the mailbox's advisory lock: a job retried while its first worker is still alive
   * (a missed heartbeat on a stalled machine) waits instead of sweeping the mailbox twice. A worker that
   * dies drops its connection, and PostgreSQL releases the lock.
   */
  private exclusively<T>(mailbox: string, task: () => Promise<T>): Promise<T> {
    return withAdvisoryLock(this.pool, `mailguard-sweep:${this.run.id}:${mailbox}`, task);
  }
}

async function enqueue(boss: PgBoss, queue: string, run: QueuedRun, deps: QueueDeps): Promise<number> {
  let listed = 0;
  for await (const source of deps.list(run.cutoff)) {
    const data: JobData = { spec: source.spec, mailbox: source.mailbox };
    await boss.send(queue, data, { id: jobId(run.id, source.mailbox) });
    listed++;
  }
  return listed;
}

/** Joins (or starts) the run of `key` in the queue, queues its mailboxes and works them, `parallel` at once. */
export async function sweepQueued(
  settings: QueueSettings,
  key: string,
  cutoff: Date,
  fresh: boolean,
  parallel: number,
  deps: QueueDeps,
): Promise<QueueOutcome> {
  // Per job: a connection holding its lock, plus short ones for checkpoints and heartbeats.
  const pool = new pg.Pool({ connectionString: settings.url, max: parallel * 2 + 2 });
  const boss = new PgBoss({
    connectionString: settings.url,
    schema: settings.schema,
    max: parallel + 2,
    schedule: false,
    supervise: true,
    maintenanceIntervalSeconds: settings.heartbeatSeconds,
  });
  boss.on('error', (error: Error) => deps.info(`queue: ${error.message}`));
  try {
    // One worker at a time installs pg-boss, opens the run and creates its queue (see `whileSettingUp`).
    const { run, queue } = await whileSettingUp(pool, settings.schema, async () => {
      await boss.start();
      const opened = await openRun(pool, settings.schema, key, cutoff, fresh);
      const name = `mailguard-sweep-${opened.id}`;
      await boss.createQueue(name, {
        name,
        retryLimit: RETRY_LIMIT,
        retryDelay: Math.min(60, settings.heartbeatSeconds),
        retryBackoff: true,
        expireInSeconds: settings.heartbeatSeconds * MISSED_BEATS,
      });
      return { run: opened, queue: name };
    });
    if (run.resumed) {
      deps.info(`joining run ${run.id} (cutoff ${run.cutoff.toISOString()})`);
      const failed = await failedJobs(pool, settings.schema, queue);
      if (failed.length > 0) await boss.retry(queue, failed);
    }
    const listed = await enqueue(boss, queue, run, deps);
    deps.info(`${listed} mailbox(es) listed for run ${run.id}`);
    const ctx: SweepContext = {
      ...(await deps.context(run, new QueueCheckpoints(pool, settings.schema, run.id))),
      afterStop: 'the queue retries it from its checkpoint',
    };
    const workers = Array.from(
      { length: parallel },
      () => new QueueWorker(boss, pool, queue, run, settings, deps, ctx),
    );
    await Promise.all(workers.map((w) => w.loop()));
    const mailboxes = await runMailboxes(pool, settings.schema, run.id);
    const finished =
      mailboxes.every((m) => m.done) && (await failedJobs(pool, settings.schema, queue)).length === 0;
    if (finished) await finishRun(pool, settings.schema, key);
    return { results: workers.flatMap((w) => w.results), mailboxes, finished };
  } finally {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    await pool.end();
  }
}
