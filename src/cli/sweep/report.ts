/**
 * What `mailguard sweep` prints: one line per listed message and a summary per mailbox, as JSON Lines
 * (`--json`) or for people. Kinds, dates and counts only: never a matched value.
 */
import type { MessageVerdict } from './analyse';
import type { Applied, MailboxCounts, SweepItem } from './types';

/** What the sweep suggests for a listed message (or, with `--apply`, what it was asked to do). */
export type SuggestedAction = 'archive' | 'delete' | 'review';

export interface ListedMessage {
  readonly item: SweepItem;
  readonly verdict: MessageVerdict;
  readonly action: SuggestedAction;
  readonly applied: Applied | null;
}

function appliedJson(applied: Applied): Record<string, unknown> {
  switch (applied.kind) {
    case 'archived':
      return { outcome: 'archived', vaultId: applied.vaultId };
    case 'failed':
      return { outcome: 'failed', step: applied.step, message: applied.message };
    case 'deleted':
    case 'gone':
      return { outcome: applied.kind };
  }
}

/** The JSON Lines record of one listed message (docs/cli.md "mailguard sweep"). */
export function messageJson(listed: ListedMessage): string {
  const { item, verdict } = listed;
  const which = item.ref.kind === 'file' ? { file: item.ref.file } : { id: item.ref.id };
  return JSON.stringify({
    ...which,
    mailbox: item.mailbox,
    date: item.date.source === 'none' ? null : item.date.date.toISOString(),
    dateSource: item.date.source,
    verdict: verdict.verdict,
    categories: verdict.categories,
    clauses: verdict.clauses,
    ...(verdict.unread.length > 0 ? { unread: verdict.unread } : {}),
    action: listed.action,
    ...(listed.applied !== null ? { applied: appliedJson(listed.applied) } : {}),
  });
}

/** The JSON Lines summary of one mailbox. */
export function summaryJson(mailbox: string, counts: MailboxCounts, complete: boolean): string {
  return JSON.stringify({ summary: { mailbox, complete, ...counts } });
}

/** One line for people. */
export function messageHuman(listed: ListedMessage): string {
  const { item, verdict } = listed;
  const which = item.ref.kind === 'file' ? item.ref.file : `${item.mailbox} ${item.ref.id}`;
  const date = item.date.source === 'none' ? 'no date' : item.date.date.toISOString().slice(0, 10);
  const note =
    item.date.source === 'received' ? ' (received)' : item.date.source === 'file-time' ? ' (file time)' : '';
  const what =
    verdict.categories.length > 0
      ? verdict.categories.join(', ')
      : `not fully read: ${verdict.unread.join(', ')}`;
  const done =
    listed.applied === null
      ? ''
      : ` -> ${listed.applied.kind}${listed.applied.kind === 'failed' ? ` at ${listed.applied.step}: ${listed.applied.message}` : ''}`;
  return `${which}  ${date}${note}  ${verdict.verdict.toUpperCase()}  ${what}  [${listed.action}]${done}`;
}

/** The summary of one mailbox for people. */
export function summaryHuman(mailbox: string, c: MailboxCounts, complete: boolean): string {
  const categories = Object.entries(c.categories)
    .sort((a, b) => b[1] - a[1])
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
  const lines = [
    `${mailbox}${complete ? '' : ' (not finished)'}: ${c.older} message(s) older than the cutoff, ${c.personal} with personal data (${c.block} block, ${c.warn} warn)`,
    ...(categories !== '' ? [`  categories: ${categories}`] : []),
    ...(c.unreadable > 0 ? [`  ${c.unreadable} not fully read (listed for review)`] : []),
    ...(c.dateFromReceived + c.undated > 0
      ? [`  ${c.dateFromReceived} dated by received or file time, ${c.undated} without any date`]
      : []),
    ...(c.archived + c.deleted + c.gone + c.failed > 0
      ? [
          `  applied: ${c.archived} archived, ${c.deleted} deleted, ${c.gone} already gone, ${c.failed} failed`,
        ]
      : []),
  ];
  return lines.join('\n');
}
