/**
 * The two Graph entry points of `mailguard sweep`: mailboxes as sources, and the leavers report.
 */
import type { Source, SweepOptions } from '../sweep/args';
import type { MailboxSource } from '../sweep/types';
import { connectGraph, type GraphDeps } from './connect';
import { findLeavers, type Leaver } from './leavers';
import { graphMailbox, graphUsers } from './mailboxes';

/** The mailboxes named by `graph:` / `graph:user@domain` sources, each user listed once. */
export async function* graphSources(
  sources: readonly Extract<Source, { kind: 'graph' }>[],
  cutoff: Date,
  env: NodeJS.ProcessEnv,
  deps: Partial<GraphDeps>,
): AsyncGenerator<MailboxSource> {
  const client = connectGraph(env, deps);
  const all = sources.some((s) => s.user === null);
  const seen = new Set<string>();
  for (const source of all ? [{ kind: 'graph' as const, user: null }] : sources) {
    for await (const user of graphUsers(client, source.user)) {
      if (seen.has(user.id)) continue;
      seen.add(user.id);
      yield graphMailbox(client, user, cutoff);
    }
  }
}

function leaverHuman(l: Leaver): string {
  const left =
    l.leftAt === null ? 'leaving date unknown' : `left ${l.leftAt.slice(0, 10)} (${l.leftAtSource})`;
  const due =
    l.deleteBy === null
      ? 'review'
      : `delete by ${l.deleteBy.slice(0, 10)}${l.overdue === true ? ' - OVERDUE' : ''}`;
  return `${l.account}  ${left}  ${l.messages} message(s), newest ${l.newest?.slice(0, 10) ?? '-'}  ${due}`;
}

/** `--leavers`: prints overdue (and undated) leavers' mailboxes and a summary; resolves to the exit status. */
export async function runLeavers(
  options: SweepOptions,
  env: NodeJS.ProcessEnv,
  now: Date,
  out: (text: string) => void,
  err: (text: string) => void,
  deps: Partial<GraphDeps>,
): Promise<number> {
  const client = connectGraph(env, deps);
  const counts = { disabledWithMail: 0, overdue: 0, pending: 0, unknown: 0 };
  for await (const leaver of findLeavers(client, now, (m) => err(`mailguard sweep: ${m}\n`))) {
    counts.disabledWithMail++;
    if (leaver.overdue === false) {
      counts.pending++;
      continue;
    }
    if (leaver.overdue === true) counts.overdue++;
    else counts.unknown++;
    out(
      `${options.json ? JSON.stringify({ leaver: leaver.account, ...leaver, account: undefined }) : leaverHuman(leaver)}\n`,
    );
  }
  out(
    options.json
      ? `${JSON.stringify({ summary: { leavers: counts } })}\n`
      : `${counts.disabledWithMail} disabled account(s) still hold mail: ${counts.overdue} past the six months (P4), ${counts.unknown} with no known leaving date, ${counts.pending} still within the six months\n`,
  );
  return counts.overdue + counts.unknown > 0 ? 1 : 0;
}
