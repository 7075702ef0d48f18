/**
 * `--summary`: the whole run in one record, summed over its mailboxes (with a queue: whichever machine
 * swept them, read from the queue's database). Counts only.
 */
import { emptyCounts, type MailboxCounts } from './types';

export interface MailboxTotal {
  readonly done: boolean;
  readonly counts: MailboxCounts;
}

function add(total: MailboxCounts, c: MailboxCounts): void {
  for (const key of Object.keys(total) as (keyof MailboxCounts)[]) {
    if (key === 'categories') continue;
    total[key] += c[key];
  }
  for (const [name, n] of Object.entries(c.categories))
    total.categories[name] = (total.categories[name] ?? 0) + n;
}

/** The run's totals as one JSON line (`{"run":…}`) or lines for people. */
export function runSummary(json: boolean, mailboxes: readonly MailboxTotal[]): string {
  const total = emptyCounts();
  for (const m of mailboxes) add(total, m.counts);
  const done = mailboxes.filter((m) => m.done).length;
  if (json) return `${JSON.stringify({ run: { mailboxes: mailboxes.length, done, ...total } })}\n`;
  return (
    `run: ${mailboxes.length} mailbox(es), ${done} finished; ${total.older} message(s) older than the cutoff, ` +
    `${total.personal} with personal data (${total.block} block, ${total.warn} warn); applied: ${total.archived} archived, ` +
    `${total.deleted} deleted, ${total.gone} already gone, ${total.failed} failed\n`
  );
}
