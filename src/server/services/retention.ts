import type { FastifyBaseLogger } from 'fastify';
import type { VaultContext } from './context';
import { eraseFile, finishErasure } from './erase';
import { deleteSegments, discardUpload } from './resumable';
import { cleanStaging } from './staging';

/** What one sweep did (the worker logs these counts; tests assert on them). */
export interface SweepReport {
  readonly expired: number;
  readonly finished: number;
  readonly abandonedUploads: number;
  readonly orphanBlobs: number;
  readonly orphanSegments: number;
  readonly orphanStaging: number;
}

/**
 * One pass of the deletion worker: files past retention (unless on legal hold) are erased, interrupted
 * erasures finished, abandoned resumable uploads dropped, and blobs or staging files nobody references
 * removed — nothing expired stays on disk.
 */
export async function sweep(ctx: VaultContext): Promise<SweepReport> {
  const now = ctx.now();
  let expired = 0;
  let finished = 0;
  for (;;) {
    const due = await ctx.meta.listDue(now, 100);
    for (const file of due) {
      if (file.wrappedKey === null) {
        await finishErasure(ctx, file.id);
        finished += 1;
      } else {
        await eraseFile(ctx, file.id, null, 'retention');
        expired += 1;
      }
    }
    if (due.length < 100) break;
  }
  const uploads = await ctx.meta.uploads.listExpired(now);
  for (const upload of uploads) await discardUpload(ctx, upload.id);
  await ctx.meta.deleteExpiredCodes(now);
  await ctx.meta.signIns.deleteExpired(now);
  await ctx.meta.rateLimits.deleteExpired(now);
  const known = await ctx.meta.allFileIds();
  let orphanBlobs = 0;
  for (const blob of await ctx.blobs.list()) {
    // Young blobs may belong to an upload whose metadata is being written right now.
    if (!known.has(blob.id) && now.getTime() - blob.modifiedAt.getTime() >= ctx.config.orphanGraceMs) {
      await ctx.blobs.delete(blob.id);
      orphanBlobs += 1;
    }
  }
  const orphanSegments = await sweepSegments(ctx, now);
  const orphanStaging = await cleanStaging(ctx.stagingDir, ctx.meta, false);
  return { expired, finished, abandonedUploads: uploads.length, orphanBlobs, orphanSegments, orphanStaging };
}

/**
 * Segment objects no upload references: written by a request whose transaction lost a race or never ran
 * (crash between the object and its row). Young ones may be about to be recorded, so they get the grace.
 */
async function sweepSegments(ctx: VaultContext, now: Date): Promise<number> {
  const referenced = await ctx.meta.uploads.allSegmentKeys();
  const orphans = (await ctx.blobs.listSegments()).filter(
    (item) =>
      !referenced.has(item.id) && now.getTime() - item.modifiedAt.getTime() >= ctx.config.orphanGraceMs,
  );
  await deleteSegments(
    ctx,
    orphans.map((item) => item.id),
  );
  return orphans.length;
}

/** Runs {@link sweep} every `intervalMs`, never overlapping itself. */
export class RetentionWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly ctx: VaultContext,
    private readonly log: FastifyBaseLogger,
  ) {}

  start(intervalMs: number): void {
    this.timer = setInterval(() => void this.runOnce(), intervalMs);
    this.timer.unref();
  }

  async runOnce(): Promise<SweepReport | null> {
    if (this.running !== null) return null;
    const run = sweep(this.ctx);
    this.running = run;
    try {
      const report = await run;
      this.log.info({ sweep: report }, 'retention sweep');
      return report;
    } catch (error: unknown) {
      this.log.error({ err: error }, 'retention sweep failed');
      return null;
    } finally {
      this.running = null;
    }
  }

  async stop(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
