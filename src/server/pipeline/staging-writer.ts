import { open, unlink, type FileHandle } from 'node:fs/promises';

/** How far writing may run behind and how often the disk is asked to catch up. */
export interface StagingWriterLimits {
  /** Bytes queued behind the write in flight before `append` makes its caller wait. */
  readonly maxQueuedBytes: number;
  /** Written bytes between two background `fdatasync`s. */
  readonly syncEveryBytes: number;
}

/** 1 MiB queued (four 256 KiB frames) keeps the disk busy; 8 MiB per sync keeps the final fsync short. */
export const DEFAULT_LIMITS: StagingWriterLimits = {
  maxQueuedBytes: 1024 * 1024,
  syncEveryBytes: 8 * 1024 * 1024,
};

/**
 * Appends encrypted frames to a new staging file while the next ones are being encrypted.
 *
 * Waiting for each write before reading on leaves the CPU idle during every write and the disk idle during
 * every hash and seal. Here one `writev` is in flight at a time with whatever queued behind it, and the
 * caller waits only when more than `maxQueuedBytes` are not yet written (the request body is then
 * not read on: back-pressure reaches the sender).
 *
 * Every `syncEveryBytes` an `fdatasync` starts in the background, so the disk writes while the
 * upload is still arriving instead of flushing 100 MB at the end. {@link finish} still fsyncs the whole
 * file before anything may commit it: durability is unchanged, only earlier.
 */
export class StagingWriter {
  private queue: Buffer[] = [];
  private queuedBytes = 0;
  private writing: Promise<void> | null = null;
  private syncing: Promise<void> | null = null;
  private syncedUpTo = 0;
  private failure: { error: unknown } | null = null;
  private closed = false;
  private written = 0;
  /** Background syncs started so far. */
  private syncs = 0;

  private constructor(
    private readonly handle: FileHandle,
    readonly path: string,
    private readonly limits: StagingWriterLimits,
  ) {}

  /** Creates the file (it must not exist), readable by the vault's account only. */
  static async create(path: string, limits = DEFAULT_LIMITS): Promise<StagingWriter> {
    return new StagingWriter(await open(path, 'wx', 0o600), path, limits);
  }

  /** Queues buffers for writing; resolves at once unless too much is still queued. Throws a write error. */
  async append(buffers: readonly Buffer[]): Promise<void> {
    this.throwIfFailed();
    for (const buffer of buffers) {
      if (buffer.length === 0) continue;
      this.queue.push(buffer);
      this.queuedBytes += buffer.length;
    }
    // Started only with something queued: drain then awaits before it clears `writing`.
    if (this.writing === null && this.queue.length > 0) this.writing = this.drain();
    if (this.queuedBytes > this.limits.maxQueuedBytes) await this.writing;
    this.throwIfFailed();
  }

  /** Bytes written so far, and how many background syncs were started. */
  progress(): { written: number; syncs: number } {
    return { written: this.written, syncs: this.syncs };
  }

  /** Writes what is queued, fsyncs and closes. Only after this is the file complete and durable. */
  async finish(): Promise<number> {
    await this.writing;
    await this.syncing;
    this.throwIfFailed();
    await this.handle.sync();
    await this.close();
    return this.written;
  }

  /** Stops writing, closes and removes the file; never throws. */
  async discard(): Promise<void> {
    this.failure ??= { error: new Error('discarded') };
    await this.writing?.catch(() => undefined);
    await this.syncing?.catch(() => undefined);
    await this.close().catch(() => undefined);
    await unlink(this.path).catch(() => undefined);
  }

  private async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.handle.close();
  }

  private throwIfFailed(): void {
    if (this.failure !== null) throw this.failure.error;
  }

  /** Writes the queue in batches until it is empty; a failure stops it and is rethrown to the caller. */
  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0 && this.failure === null) {
        const batch = this.queue;
        const bytes = this.queuedBytes;
        this.queue = [];
        this.queuedBytes = 0;
        // The file is opened without O_APPEND; positions are explicit so a background sync cannot move them.
        const { bytesWritten } = await this.handle.writev(batch, this.written);
        if (bytesWritten !== bytes) throw new Error(`Short write: ${bytesWritten} of ${bytes} bytes.`);
        this.written += bytes;
        this.startSyncIfDue();
      }
    } catch (error: unknown) {
      this.failure ??= { error };
    } finally {
      this.writing = null;
    }
  }

  private startSyncIfDue(): void {
    if (this.syncing !== null || this.written - this.syncedUpTo < this.limits.syncEveryBytes) return;
    const upTo = this.written;
    this.syncs += 1;
    this.syncing = this.handle
      .datasync()
      .then(() => {
        this.syncedUpTo = upTo;
      })
      .catch((error: unknown) => {
        this.failure ??= { error };
      })
      .finally(() => {
        this.syncing = null;
      });
  }
}
