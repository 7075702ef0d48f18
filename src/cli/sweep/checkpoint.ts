/**
 * Checkpoints: a sweep interrupted by a crash, an outage or Ctrl-C picks up where it stopped. One file
 * for the run (its cutoff, so a resumed run judges by the same date) and one per mailbox (the cursor
 * after the last finished message or page, and the counts so far). Written by rename, so a crash
 * mid-write leaves the previous checkpoint whole.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { emptyCounts, type MailboxCounts } from './types';

export interface RunState {
  readonly key: string;
  readonly cutoff: string;
  readonly finished: boolean;
}

export interface MailboxState {
  readonly mailbox: string;
  readonly cursor: string | null;
  readonly done: boolean;
  readonly counts: MailboxCounts;
}

async function readJson<T>(file: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

async function writeJson(file: string, value: unknown): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(value));
  await rename(temp, file);
}

/** Where the sweep keeps each mailbox's progress: a folder (one machine) or the queue's database. */
export interface MailboxCheckpoints {
  mailbox(mailbox: string): Promise<MailboxState>;
  save(state: MailboxState): Promise<void>;
}

/** The checkpoint folder of one run. */
export class Checkpoints implements MailboxCheckpoints {
  private constructor(
    private readonly dir: string,
    readonly cutoff: Date,
    /** True when an interrupted run with the same arguments is being resumed. */
    readonly resumed: boolean,
    private readonly key: string,
  ) {}

  /**
   * Resumes the interrupted run with the same `key` (sources, cutoff age, apply mode) unless `fresh`;
   * otherwise starts a new one with `cutoff`, forgetting the old mailbox checkpoints.
   */
  static async open(dir: string, key: string, cutoff: Date, fresh: boolean): Promise<Checkpoints> {
    await mkdir(path.join(dir, 'mailboxes'), { recursive: true });
    const run = await readJson<RunState>(path.join(dir, 'run.json'));
    if (!fresh && run !== null && !run.finished && run.key === key) {
      return new Checkpoints(dir, new Date(run.cutoff), true, key);
    }
    await rm(path.join(dir, 'mailboxes'), { recursive: true, force: true });
    await mkdir(path.join(dir, 'mailboxes'), { recursive: true });
    const state: RunState = { key, cutoff: cutoff.toISOString(), finished: false };
    await writeJson(path.join(dir, 'run.json'), state);
    return new Checkpoints(dir, cutoff, false, key);
  }

  private fileOf(mailbox: string): string {
    const name = createHash('sha256').update(mailbox).digest('hex').slice(0, 32);
    return path.join(this.dir, 'mailboxes', `${name}.json`);
  }

  async mailbox(mailbox: string): Promise<MailboxState> {
    const saved = await readJson<MailboxState>(this.fileOf(mailbox));
    if (saved !== null && saved.mailbox === mailbox) return saved;
    return { mailbox, cursor: null, done: false, counts: emptyCounts() };
  }

  async save(state: MailboxState): Promise<void> {
    await writeJson(this.fileOf(state.mailbox), state);
  }

  /** Marks the run complete: the next run starts afresh. */
  async finish(): Promise<void> {
    const state: RunState = { key: this.key, cutoff: this.cutoff.toISOString(), finished: true };
    await writeJson(path.join(this.dir, 'run.json'), state);
  }
}
