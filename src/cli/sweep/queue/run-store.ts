/**
 * The queue's own tables, beside pg-boss's in the same schema: the run (its cutoff, so every machine
 * judges by the same date) and each mailbox's checkpoint, so a job resumed on another machine carries on
 * where the last one stopped. Same shapes as the checkpoint folder of a one-machine run.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { MailboxCheckpoints, MailboxState } from '../checkpoint';
import { emptyCounts, type MailboxCounts } from '../types';

/** One run of the sweep in the queue: the arguments' key plus a generation, bumped by `--fresh` or a finish. */
export interface QueuedRun {
  /** Short hex id: names the pg-boss queue and the checkpoints. */
  readonly id: string;
  readonly cutoff: Date;
  readonly resumed: boolean;
}

const quote = (schema: string): string => `"${schema}"`;

/**
 * Runs `task` holding the session advisory lock `key` on a connection of its own. A worker that dies drops
 * its connection, and PostgreSQL releases the lock.
 */
export async function withAdvisoryLock<T>(pool: pg.Pool, key: string, task: () => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
    try {
      return await task();
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key]);
    }
  } finally {
    client.release();
  }
}

/**
 * Runs `task` holding the schema's set-up lock. pg-boss installs its schema and creates a queue's partition
 * on first use; two workers started together on a new schema did both at once and one died with "deadlock
 * detected". With the lock the second waits and finds everything in place.
 */
export function whileSettingUp<T>(pool: pg.Pool, schema: string, task: () => Promise<T>): Promise<T> {
  return withAdvisoryLock(pool, `mailguard-sweep-setup:${schema}`, task);
}

/** Creates the tables once; concurrent workers wait on the same advisory lock. */
async function ensureTables(client: pg.PoolClient, schema: string): Promise<void> {
  const s = quote(schema);
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`mailguard-sweep:${schema}`]);
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
  await client.query(`CREATE TABLE IF NOT EXISTS ${s}.sweep_run (
    key text PRIMARY KEY, generation integer NOT NULL, cutoff timestamptz NOT NULL, finished boolean NOT NULL)`);
  await client.query(`CREATE TABLE IF NOT EXISTS ${s}.sweep_mailbox (
    run text NOT NULL, mailbox text NOT NULL, cursor text, done boolean NOT NULL, counts jsonb NOT NULL,
    PRIMARY KEY (run, mailbox))`);
}

/**
 * Joins the unfinished run of `key`, or starts the next one (cutoff `cutoff`) when there is none, it has
 * finished, or `fresh` asks for it. Machines started together with the same arguments join one run.
 */
export async function openRun(
  pool: pg.Pool,
  schema: string,
  key: string,
  cutoff: Date,
  fresh: boolean,
): Promise<QueuedRun> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await ensureTables(client, schema);
    const found = await client.query<{ generation: number; cutoff: Date; finished: boolean }>(
      `SELECT generation, cutoff, finished FROM ${quote(schema)}.sweep_run WHERE key = $1 FOR UPDATE`,
      [key],
    );
    const row = found.rows[0];
    let run: { generation: number; cutoff: Date; resumed: boolean };
    if (row !== undefined && !row.finished && !fresh) {
      run = { generation: row.generation, cutoff: row.cutoff, resumed: true };
    } else {
      run = { generation: (row?.generation ?? 0) + 1, cutoff, resumed: false };
      await client.query(
        `INSERT INTO ${quote(schema)}.sweep_run (key, generation, cutoff, finished) VALUES ($1, $2, $3, false)
         ON CONFLICT (key) DO UPDATE SET generation = $2, cutoff = $3, finished = false`,
        [key, run.generation, cutoff],
      );
    }
    await client.query('COMMIT');
    const id = createHash('sha256').update(`${key}\u0000${run.generation}`).digest('hex').slice(0, 20);
    return { id, cutoff: run.cutoff, resumed: run.resumed };
  } catch (error: unknown) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Marks the run of `key` finished: the next command with the same arguments starts afresh. */
export async function finishRun(pool: pg.Pool, schema: string, key: string): Promise<void> {
  await pool.query(`UPDATE ${quote(schema)}.sweep_run SET finished = true WHERE key = $1`, [key]);
}

/** Every mailbox checkpoint of a run: the run's report, whichever machine swept each mailbox. */
export async function runMailboxes(
  pool: pg.Pool,
  schema: string,
  run: string,
): Promise<{ mailbox: string; done: boolean; counts: MailboxCounts }[]> {
  const result = await pool.query<{ mailbox: string; done: boolean; counts: MailboxCounts }>(
    `SELECT mailbox, done, counts FROM ${quote(schema)}.sweep_mailbox WHERE run = $1 ORDER BY mailbox`,
    [run],
  );
  return result.rows;
}

/** Mailbox checkpoints in the queue's database. */
export class QueueCheckpoints implements MailboxCheckpoints {
  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
    private readonly run: string,
  ) {}

  async mailbox(mailbox: string): Promise<MailboxState> {
    const result = await this.pool.query<{ cursor: string | null; done: boolean; counts: MailboxCounts }>(
      `SELECT cursor, done, counts FROM ${quote(this.schema)}.sweep_mailbox WHERE run = $1 AND mailbox = $2`,
      [this.run, mailbox],
    );
    const row = result.rows[0];
    if (row === undefined) return { mailbox, cursor: null, done: false, counts: emptyCounts() };
    return { mailbox, cursor: row.cursor, done: row.done, counts: { ...emptyCounts(), ...row.counts } };
  }

  async save(state: MailboxState): Promise<void> {
    await this.pool.query(
      `INSERT INTO ${quote(this.schema)}.sweep_mailbox (run, mailbox, cursor, done, counts)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (run, mailbox) DO UPDATE SET cursor = $3, done = $4, counts = $5`,
      [this.run, state.mailbox, state.cursor, state.done, JSON.stringify(state.counts)],
    );
  }
}
