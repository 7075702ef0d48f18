/**
 * `mailguard sweep`: mail already in mailboxes (docs/cli.md "mailguard sweep"; P3, P4, P5).
 */
import type { Command } from './commands';
import { loadPolicy, PolicyFileError } from './policy-file';
import { today } from './scan-file';
import { parseSweepArgs, SWEEP_USAGE, type Source, type SweepOptions } from './sweep/args';
import { AuditLog } from './sweep/audit';
import { Checkpoints } from './sweep/checkpoint';
import { cutoffBefore, inMonths } from './sweep/duration';
import { folderSource } from './sweep/folder-source';
import { Progress } from './sweep/progress';
import { messageHuman, messageJson, summaryHuman, summaryJson } from './sweep/report';
import { sweepAll, type SweepContext } from './sweep/run';
import { vaultTargetFromEnv } from './sweep/vault-client';
import type { MailboxSource } from './sweep/types';
import { graphSources, runLeavers, type GraphDeps } from './graph';

/** Where the command writes, its clock and its environment; injected so tests can run it in process. */
export interface SweepIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly now: () => Date;
  readonly env: NodeJS.ProcessEnv;
  /** Test seams for Graph (trusted CA of a local server, back-off sleep). */
  readonly graph?: Partial<GraphDeps>;
}

const processIo: SweepIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  now: () => new Date(),
  env: process.env,
};

/** Ten years: from this age on P5 says the mail must go; younger mail is archived (P3). */
const P5_MONTHS = 120;

async function* sourcesOf(options: SweepOptions, cutoff: Date, io: SweepIo): AsyncGenerator<MailboxSource> {
  const graph = options.sources.filter((s): s is Extract<Source, { kind: 'graph' }> => s.kind === 'graph');
  for (const source of options.sources)
    if (source.kind === 'folder') yield folderSource(source.path, io.now());
  if (graph.length > 0) yield* graphSources(graph, cutoff, io.env, io.graph ?? {});
}

async function sweep(options: SweepOptions, io: SweepIo): Promise<number> {
  let loaded;
  try {
    loaded = await loadPolicy(options.policyFile);
  } catch (error: unknown) {
    if (error instanceof PolicyFileError) {
      io.err(`mailguard sweep: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  for (const e of loaded.errors) io.err(`mailguard sweep: policy: ${e.path}: ${e.message} (default used)\n`);
  if (options.leavers) return runLeavers(options, io.env, io.now(), io.out, io.err, io.graph ?? {});
  const now = io.now();
  const key = JSON.stringify([options.sources, options.olderThanText, options.apply]);
  const checkpoints = await Checkpoints.open(
    options.checkpointDir,
    key,
    cutoffBefore(now, options.olderThan),
    options.fresh,
  );
  if (checkpoints.resumed)
    io.err(`mailguard sweep: resuming the interrupted run (cutoff ${checkpoints.cutoff.toISOString()})\n`);
  const progress = new Progress((line) => io.err(line));
  let status = 0;
  const ctx: SweepContext = {
    policy: loaded.policy,
    today: today(now),
    cutoff: checkpoints.cutoff,
    suggestion: inMonths(options.olderThan) >= P5_MONTHS ? 'delete' : 'archive',
    apply:
      options.apply === null
        ? null
        : {
            mode: options.apply,
            deps: {
              audit: await AuditLog.open(options.auditFile),
              vault: vaultTargetFromEnv(io.env, loaded.policy.vault.url, options.retentionClass),
              owner: options.owner ?? null,
              now: io.now,
            },
          },
    checkpoints,
    progress,
    listed: (listed) => {
      if (listed.verdict.unread.length > 0 || listed.applied?.kind === 'failed') status = 1;
      io.out(`${options.json ? messageJson(listed) : messageHuman(listed)}\n`);
    },
    summary: (mailbox, counts, complete) =>
      io.out(
        `${options.json ? summaryJson(mailbox, counts, complete) : summaryHuman(mailbox, counts, complete)}\n`,
      ),
    warn: (message) => io.err(`mailguard sweep: ${message}\n`),
  };
  let results;
  try {
    results = await sweepAll(sourcesOf(options, checkpoints.cutoff, io), options.parallel, ctx);
  } catch (error: unknown) {
    io.err(
      `mailguard sweep: ${error instanceof Error ? error.message : String(error)}; run the same command again to resume\n`,
    );
    return 1;
  }
  io.err(progress.line());
  if (results.every((r) => r.complete)) await checkpoints.finish();
  else status = 1;
  return status;
}

/** Runs the sweep; resolves to the exit status. */
export async function runSweep(args: readonly string[], io: SweepIo = processIo): Promise<number> {
  const parsed = parseSweepArgs(args);
  if (parsed.kind === 'help') {
    io.out(`${SWEEP_USAGE}\n`);
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    io.err(`mailguard sweep: ${parsed.message}\n\n${SWEEP_USAGE}\n`);
    return 2;
  }
  return sweep(parsed.options, io);
}

export const SWEEP_COMMAND: Command = {
  name: 'sweep',
  summary: 'list (and archive or delete) old mail with personal data in mailboxes',
  run: (args) => runSweep(args),
};
