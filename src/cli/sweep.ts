/**
 * `mailguard sweep`: mail already in mailboxes (docs/cli.md "mailguard sweep"; P3, P4, P5).
 */
import type { Command } from './command';
import { loadPolicy, PolicyFileError } from './policy-file';
import { today } from './scan-file';
import { parseSweepArgs, SWEEP_USAGE, type Source, type SweepOptions } from './sweep/args';
import { AuditLog } from './sweep/audit';
import { Checkpoints, type MailboxCheckpoints } from './sweep/checkpoint';
import { cutoffBefore, inMonths } from './sweep/duration';
import { folderSource } from './sweep/folder-source';
import { Progress } from './sweep/progress';
import { messageHuman, messageJson, summaryHuman, summaryJson } from './sweep/report';
import { sweepAll, type SweepContext } from './sweep/run';
import { vaultTargetFromEnv } from './sweep/vault-client';
import { DecisionLog } from './sweep/decision-log';
import { sweepQueued, type QueueSettings } from './sweep/queue/queue-run';
import { queueSettings } from './sweep/queue/settings';
import { runSummary } from './sweep/run-summary';
import type { MailboxSource, SourceSpec } from './sweep/types';
import type { Policy } from '../core/policy';
import { connectGraph, graphSources, runLeavers, type GraphClient, type GraphDeps } from './graph';
import { graphMailbox } from './graph/mailboxes';

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

/** Opens a queued mailbox again (one Graph client per process). */
function sourceOpener(io: SweepIo): (spec: SourceSpec, cutoff: Date) => MailboxSource {
  let client: GraphClient | null = null;
  return (spec, cutoff) => {
    if (spec.kind === 'folder') return folderSource(spec.path, io.now());
    client ??= connectGraph(io.env, io.graph ?? {});
    return graphMailbox(client, spec.user, cutoff);
  };
}

/** What a run prints and decides, whichever way its mailboxes are worked. */
interface Outputs {
  status: number;
  readonly progress: Progress;
  readonly decisions: DecisionLog | null;
}

async function contextFor(
  options: SweepOptions,
  policy: Policy,
  cutoff: Date,
  checkpoints: MailboxCheckpoints,
  io: SweepIo,
  out: Outputs,
): Promise<SweepContext> {
  const now = io.now();
  return {
    policy,
    today: today(now),
    cutoff,
    suggestion: inMonths(options.olderThan) >= P5_MONTHS ? 'delete' : 'archive',
    apply:
      options.apply === null
        ? null
        : {
            mode: options.apply,
            deps: {
              audit: await AuditLog.open(options.auditFile),
              vault: vaultTargetFromEnv(io.env, policy.vault.url, options.retentionClass),
              decisions: out.decisions,
              owner: options.owner ?? null,
              now: io.now,
            },
          },
    checkpoints,
    progress: out.progress,
    listed: (listed) => {
      if (listed.verdict.unread.length > 0 || listed.applied?.kind === 'failed') out.status = 1;
      io.out(`${options.json ? messageJson(listed) : messageHuman(listed)}\n`);
    },
    summary: (mailbox, counts, complete) =>
      io.out(
        `${options.json ? summaryJson(mailbox, counts, complete) : summaryHuman(mailbox, counts, complete)}\n`,
      ),
    warn: (message) => io.err(`mailguard sweep: ${message}\n`),
  };
}

/** One machine: mailboxes from the sources, progress in the checkpoint folder. */
async function sweepInProcess(
  options: SweepOptions,
  policy: Policy,
  io: SweepIo,
  out: Outputs,
): Promise<void> {
  const checkpoints = await Checkpoints.open(
    options.checkpointDir,
    runKey(options),
    cutoffBefore(io.now(), options.olderThan),
    options.fresh,
  );
  if (checkpoints.resumed)
    io.err(`mailguard sweep: resuming the interrupted run (cutoff ${checkpoints.cutoff.toISOString()})\n`);
  const ctx = await contextFor(options, policy, checkpoints.cutoff, checkpoints, io, out);
  const results = await sweepAll(sourcesOf(options, checkpoints.cutoff, io), options.parallel, ctx);
  io.err(out.progress.line());
  if (results.every((r) => r.complete)) await checkpoints.finish();
  else out.status = 1;
  if (options.summary)
    io.out(
      runSummary(
        options.json,
        results.map((r) => ({ ...r, done: r.complete })),
      ),
    );
}

/** Several machines: one job per mailbox in the PostgreSQL queue, checkpoints in its database. */
async function sweepThroughQueue(
  settings: QueueSettings,
  options: SweepOptions,
  policy: Policy,
  io: SweepIo,
  out: Outputs,
): Promise<void> {
  const outcome = await sweepQueued(
    settings,
    runKey(options),
    cutoffBefore(io.now(), options.olderThan),
    options.fresh,
    options.parallel,
    {
      list: (cutoff) => sourcesOf(options, cutoff, io),
      open: sourceOpener(io),
      context: (run, checkpoints) => contextFor(options, policy, run.cutoff, checkpoints, io, out),
      info: (message) => io.err(`mailguard sweep: ${message}\n`),
    },
  );
  io.err(out.progress.line());
  // A job that stopped and was retried to the end is not a failure: whether every mailbox got done is.
  if (!outcome.finished) {
    out.status = 1;
    io.err('mailguard sweep: some mailboxes are not finished; run the same command again to resume\n');
  }
  if (options.summary) io.out(runSummary(options.json, outcome.mailboxes));
}

/** Same sources, cutoff age and apply mode: the same run (resumed rather than started again). */
const runKey = (options: SweepOptions): string =>
  JSON.stringify([options.sources, options.olderThanText, options.apply]);

async function sweep(options: SweepOptions, io: SweepIo): Promise<number> {
  let loaded;
  try {
    loaded = loadPolicy(options.policyFile);
  } catch (error: unknown) {
    if (error instanceof PolicyFileError) {
      io.err(`mailguard sweep: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  for (const e of loaded.errors) io.err(`mailguard sweep: policy: ${e.path}: ${e.message} (default used)\n`);
  if (options.leavers) return runLeavers(options, io.env, io.now(), io.out, io.err, io.graph ?? {});
  const settings = queueSettings(options.queue, io.env);
  if (settings !== null && 'problem' in settings) {
    io.err(`mailguard sweep: ${settings.problem}\n`);
    return 2;
  }
  const vault = vaultTargetFromEnv(io.env, loaded.policy.vault.url, options.retentionClass);
  const out: Outputs = {
    status: 0,
    progress: new Progress((line) => io.err(line)),
    decisions: options.apply !== null && vault !== null ? new DecisionLog(vault) : null,
  };
  try {
    if (settings === null) await sweepInProcess(options, loaded.policy, io, out);
    else await sweepThroughQueue(settings, options, loaded.policy, io, out);
  } catch (error: unknown) {
    io.err(
      `mailguard sweep: ${error instanceof Error ? error.message : String(error)}; run the same command again to resume\n`,
    );
    return 1;
  }
  if (out.decisions !== null && out.decisions.unrecorded > 0) {
    io.err(
      `mailguard sweep: ${out.decisions.unrecorded} applied action(s) could not be recorded in the vault's decision log (the local audit has them)\n`,
    );
    out.status = 1;
  }
  return out.status;
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
