/**
 * The sweep loop: every mailbox through the same steps, a bounded number at once. Per message: older
 * than the cutoff? read, scan, list, and with `--apply` archive/delete; the checkpoint follows the cursor.
 */
import type { CalendarDate } from '../../core/detection';
import type { Policy } from '../../core/policy';
import { mapAhead } from './ahead';
import { analyseMessage, carriesPersonalData, type MessageVerdict } from './analyse';
import type { ApplyMode } from './args';
import { applyTo, type ApplyDeps } from './apply';
import type { MailboxCheckpoints } from './checkpoint';
import type { Progress } from './progress';
import type { ListedMessage, SuggestedAction } from './report';
import type { Applied, MailboxCounts, MailboxSource, SweepItem } from './types';

export interface SweepContext {
  readonly policy: Policy;
  readonly today: CalendarDate;
  readonly cutoff: Date;
  /** What listed mail should become when nothing is applied: `delete` past 10 years (P5), else `archive` (P3). */
  readonly suggestion: 'archive' | 'delete';
  readonly apply: { readonly mode: ApplyMode; readonly deps: ApplyDeps } | null;
  readonly checkpoints: MailboxCheckpoints;
  readonly progress: Progress;
  readonly listed: (listed: ListedMessage) => void;
  readonly summary: (mailbox: string, counts: MailboxCounts, complete: boolean) => void;
  readonly warn: (message: string) => void;
  /** What happens to a mailbox that stopped (one machine: the operator reruns; a queue retries it). */
  readonly afterStop?: string;
}

/**
 * Messages read ahead of the one being scanned: enough to hide disk and Graph latency, few enough to
 * bound memory (Graph caps a message at 150 MB; typical mail is tens of kilobytes).
 */
const READ_AHEAD = 4;

export interface MailboxResult {
  readonly counts: MailboxCounts;
  readonly complete: boolean;
  /** Why the mailbox stopped early, when it did. */
  readonly problem?: string;
}

function count(c: MailboxCounts, item: SweepItem, verdict: MessageVerdict): void {
  c.personal++;
  if (verdict.verdict === 'block') c.block++;
  else c.warn++;
  if (verdict.unread.length > 0) c.unreadable++;
  for (const category of verdict.categories) c.categories[category] = (c.categories[category] ?? 0) + 1;
  if (item.date.source === 'received' || item.date.source === 'file-time') c.dateFromReceived++;
}

function countApplied(c: MailboxCounts, applied: Applied): void {
  if (applied.kind === 'archived') c.archived++;
  else if (applied.kind === 'deleted') c.deleted++;
  else if (applied.kind === 'gone') c.gone++;
  else c.failed++;
}

const isOld = (item: SweepItem, cutoff: Date): boolean =>
  item.date.source === 'none' || item.date.date.getTime() < cutoff.getTime();

/** A message with its bytes being read ahead (only for mail older than the cutoff). */
interface Fetched {
  readonly item: SweepItem;
  readonly bytes: Uint8Array | null | 'young';
}

async function one(
  source: MailboxSource,
  fetched: Fetched,
  c: MailboxCounts,
  ctx: SweepContext,
): Promise<void> {
  const { item, bytes } = fetched;
  c.messages++;
  if (bytes === 'young') return;
  c.older++;
  if (item.date.source === 'none') c.undated++;
  if (bytes === null) {
    c.gone++;
    return;
  }
  c.bytes += bytes.length;
  ctx.progress.tick(bytes.length);
  const { verdict, scan } = await analyseMessage(item.name, bytes, ctx.policy, ctx.today);
  if (!carriesPersonalData(verdict)) return;
  count(c, item, verdict);
  ctx.progress.listed++;
  const action: SuggestedAction =
    ctx.apply !== null ? ctx.apply.mode : verdict.categories.length === 0 ? 'review' : ctx.suggestion;
  // A message that could not be fully read is listed for review, never deleted unseen.
  const applied =
    ctx.apply !== null && verdict.categories.length > 0
      ? await applyTo(ctx.apply.mode, source, item, { bytes, scan }, verdict, ctx.apply.deps)
      : null;
  if (applied !== null) countApplied(c, applied);
  ctx.listed({ item, verdict, action: applied === null && ctx.apply !== null ? 'review' : action, applied });
}

/** Sweeps one mailbox from its checkpoint; an error stops it (resumable) and is reported, not thrown. */
export async function sweepMailbox(source: MailboxSource, ctx: SweepContext): Promise<MailboxResult> {
  const state = await ctx.checkpoints.mailbox(source.mailbox);
  const counts = state.counts;
  if (state.done) {
    ctx.summary(source.mailbox, counts, true);
    return { counts, complete: true };
  }
  try {
    const fetch = async (item: SweepItem): Promise<Fetched> => ({
      item,
      bytes: isOld(item, ctx.cutoff) ? await source.read(item) : 'young',
    });
    for await (const fetched of mapAhead(source.items(state.cursor), fetch, READ_AHEAD)) {
      await one(source, fetched, counts, ctx);
      const cursor = fetched.item.cursor;
      if (cursor !== undefined)
        await ctx.checkpoints.save({ mailbox: source.mailbox, cursor, done: false, counts });
    }
  } catch (error: unknown) {
    const problem = error instanceof Error ? error.message : String(error);
    ctx.warn(
      `${source.mailbox}: stopped (${problem}); ${ctx.afterStop ?? 'run the same command again to resume'}`,
    );
    ctx.summary(source.mailbox, counts, false);
    return { counts, complete: false, problem };
  }
  await ctx.checkpoints.save({ mailbox: source.mailbox, cursor: null, done: true, counts });
  ctx.summary(source.mailbox, counts, true);
  return { counts, complete: true };
}

/** Sweeps every mailbox, `parallel` at a time; resolves once all are done or stopped. */
export async function sweepAll(
  sources: AsyncIterable<MailboxSource>,
  parallel: number,
  ctx: SweepContext,
): Promise<MailboxResult[]> {
  const results: MailboxResult[] = [];
  const iterator = sources[Symbol.asyncIterator]();
  // Workers pull the next mailbox when they finish one: the listing is never held whole.
  const worker = async (): Promise<void> => {
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) return;
      results.push(await sweepMailbox(next.value, ctx));
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}
