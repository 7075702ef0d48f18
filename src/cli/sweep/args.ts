/**
 * Arguments of `mailguard sweep` (docs/cli.md "mailguard sweep").
 */
import { parseDuration, type Duration } from './duration';

export type ApplyMode = 'archive' | 'delete';

/** A SOURCE: a folder of .eml/.msg (a mailbox export), or Microsoft 365 through Graph. */
export type Source =
  | { readonly kind: 'folder'; readonly path: string }
  | { readonly kind: 'graph'; readonly user: string | null };

export interface SweepOptions {
  readonly olderThan: Duration;
  readonly olderThanText: string;
  readonly json: boolean;
  readonly apply: ApplyMode | null;
  readonly leavers: boolean;
  readonly policyFile?: string;
  readonly sources: readonly Source[];
  readonly checkpointDir: string;
  readonly auditFile: string;
  readonly parallel: number;
  readonly fresh: boolean;
  readonly owner?: string;
  readonly retentionClass?: string;
  /** PostgreSQL URL of the shared job queue (`--queue`, else `MAILGUARD_SWEEP_QUEUE`); none: in process. */
  readonly queue?: string;
  /** Print the whole run's totals at the end (with a queue: every worker's mailboxes). */
  readonly summary: boolean;
}

export type ParsedSweepArgs =
  | { readonly kind: 'options'; readonly options: SweepOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string };

export const SWEEP_USAGE = `Usage: mailguard sweep [--older-than 10y] [--json] [--apply archive|delete] [--queue URL] SOURCE...
       mailguard sweep --leavers [--json] graph:

Lists mail already in mailboxes that is older than the cutoff and carries personal data (P3, P5).
SOURCE is a folder of .eml/.msg files (a mailbox export), or graph: (every mailbox in the tenant) or
graph:user@domain (one mailbox) through Microsoft Graph (settings: MAILGUARD_GRAPH_* variables).

Options:
  --older-than AGE       cutoff by Date header or received time: 10y, 6m, 90d (default 10y)
  --json                 one JSON object per message (JSON Lines), then one summary per mailbox
  --apply archive|delete archive: store a verified copy in the vault, then delete the mail;
                         delete: delete the mail. Default: report only. Every action is audited.
  --leavers              list disabled accounts whose mailboxes still hold mail 6 months after leaving (P4)
  --policy FILE          the policy file (policy.json); default: the built-in policy
  --owner ADDRESS        owner of archived copies from a folder SOURCE (Graph: the mailbox's owner)
  --retention-class NAME the vault's retention class for archived copies (default: the vault's)
  --checkpoint DIR       where progress is kept for resuming (default .mailguard-sweep)
  --audit FILE           append-only audit of applied actions (default DIR/audit.jsonl)
  --parallel N           mailboxes swept at once (default 4)
  --fresh                start over instead of resuming an interrupted run
  --queue URL            share the run through a PostgreSQL job queue (postgres://...), one job per
                         mailbox; run the same command on several machines (default: MAILGUARD_SWEEP_QUEUE)
  --summary              end with the totals of the whole run (with --queue: all workers' mailboxes)
  -h, --help             show this help

Exit status: 0 done, 1 some messages could not be read or an action failed, 2 usage error.`;

const ADDRESS = /^[^\s@]+@[^\s@]+$/;

function sourceOf(arg: string): Source | string {
  if (arg === 'graph:') return { kind: 'graph', user: null };
  if (arg.startsWith('graph:')) {
    const user = arg.slice('graph:'.length);
    return ADDRESS.test(user) ? { kind: 'graph', user } : `'${arg}' is not graph: or graph:user@domain`;
  }
  return { kind: 'folder', path: arg };
}

interface Draft {
  olderThanText: string;
  json: boolean;
  apply: ApplyMode | null;
  leavers: boolean;
  fresh: boolean;
  parallel: number;
  checkpointDir: string;
  auditFile?: string;
  policyFile?: string;
  owner?: string;
  retentionClass?: string;
  queue?: string;
  summary: boolean;
  sources: Source[];
}

/** Applies one flag; returns an error message, or null. */
function flag(name: string, value: () => string | undefined, d: Draft): string | null {
  const needed = (v: string | undefined): string | null => (v === undefined || v === '' ? null : v);
  switch (name) {
    case '--json':
      d.json = true;
      return null;
    case '--leavers':
      d.leavers = true;
      return null;
    case '--fresh':
      d.fresh = true;
      return null;
    case '--summary':
      d.summary = true;
      return null;
    case '--queue': {
      const v = value() ?? '';
      if (!/^postgres(ql)?:\/\/./.test(v)) return '--queue needs a PostgreSQL URL (postgres://...)';
      d.queue = v;
      return null;
    }
    case '--older-than': {
      const v = needed(value());
      if (v === null || parseDuration(v) === null) return '--older-than needs an age such as 10y, 6m or 90d';
      d.olderThanText = v;
      return null;
    }
    case '--apply': {
      const v = value();
      if (v !== 'archive' && v !== 'delete') return '--apply must be archive or delete';
      d.apply = v;
      return null;
    }
    case '--parallel': {
      const v = value() ?? '';
      if (!/^[1-9][0-9]?$/.test(v)) return '--parallel needs a number from 1 to 99';
      d.parallel = Number(v);
      return null;
    }
    case '--owner': {
      const v = needed(value());
      if (v === null || !ADDRESS.test(v)) return '--owner needs an e-mail address';
      d.owner = v;
      return null;
    }
    case '--policy':
    case '--checkpoint':
    case '--audit':
    case '--retention-class': {
      const v = needed(value());
      if (v === null) return `${name} needs a value`;
      if (name === '--policy') d.policyFile = v;
      else if (name === '--checkpoint') d.checkpointDir = v;
      else if (name === '--audit') d.auditFile = v;
      else d.retentionClass = v;
      return null;
    }
    default:
      return `unknown option '${name}'`;
  }
}

/** Parses the command's arguments; `--` ends the options. */
export function parseSweepArgs(args: readonly string[]): ParsedSweepArgs {
  const d: Draft = {
    olderThanText: '10y',
    json: false,
    apply: null,
    leavers: false,
    fresh: false,
    summary: false,
    parallel: 4,
    checkpointDir: '.mailguard-sweep',
    sources: [],
  };
  let operandsOnly = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (operandsOnly || !arg.startsWith('-') || arg === '-') {
      const source = sourceOf(arg);
      if (typeof source === 'string') return { kind: 'usage-error', message: source };
      d.sources.push(source);
      continue;
    }
    if (arg === '--') {
      operandsOnly = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const problem = flag(name, () => inline ?? args[++i], d);
    if (problem !== null) return { kind: 'usage-error', message: problem };
  }
  return validate(d);
}

function validate(d: Draft): ParsedSweepArgs {
  if (d.sources.length === 0) return { kind: 'usage-error', message: 'no SOURCE given' };
  if (d.leavers && (d.apply !== null || d.sources.some((s) => s.kind !== 'graph' || s.user !== null)))
    return { kind: 'usage-error', message: '--leavers takes the source graph: and no --apply' };
  if (d.leavers && d.queue !== undefined)
    return { kind: 'usage-error', message: '--leavers runs on one machine: no --queue' };
  const { auditFile, policyFile, owner, retentionClass, olderThanText, queue, ...rest } = d;
  return {
    kind: 'options',
    options: {
      ...rest,
      olderThanText,
      olderThan: parseDuration(olderThanText) as Duration,
      auditFile: auditFile ?? `${d.checkpointDir}/audit.jsonl`,
      ...(policyFile !== undefined ? { policyFile } : {}),
      ...(owner !== undefined ? { owner } : {}),
      ...(retentionClass !== undefined ? { retentionClass } : {}),
      ...(queue !== undefined ? { queue } : {}),
    },
  };
}
