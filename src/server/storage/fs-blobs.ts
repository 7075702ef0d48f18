import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, unlink, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';
import { fsyncDir } from './fsync';
import { safeJoin } from './safe-join';
import type { BlobListing, BlobReader, BlobStore } from './types';

/** Folder under the root for resumable-upload segments (blob shards are two characters, so never this). */
const SEGMENTS = 'segments';

/** Raised when a blob that metadata points to is missing. */
export class BlobNotFoundError extends Error {
  override name = 'BlobNotFoundError' as const;
}

/**
 * Blobs as files under `<root>/<first two id characters>/<id>`. A commit is rename + fsync of the directory,
 * so a crash leaves the blob either complete or absent.
 */
export class FsBlobStore implements BlobStore {
  readonly kind = 'fs' as const;

  constructor(private readonly root: string) {}

  private pathOf(id: string): string {
    return safeJoin(this.root, id.slice(0, 2), id);
  }

  async commit(id: string, stagingPath: string): Promise<void> {
    const target = this.pathOf(id);
    await mkdir(dirname(target), { recursive: true, mode: 0o700 });
    await rename(stagingPath, target);
    await fsyncDir(dirname(target));
  }

  async read(id: string): Promise<Readable> {
    const path = this.pathOf(id);
    try {
      await stat(path);
    } catch (error: unknown) {
      throw new BlobNotFoundError(`Blob ${id} is missing.`, { cause: error });
    }
    return createReadStream(path, { highWaterMark: 64 * 1024 });
  }

  async openReader(id: string): Promise<BlobReader> {
    let handle: FileHandle;
    try {
      handle = await open(this.pathOf(id), 'r');
    } catch (error: unknown) {
      throw new BlobNotFoundError(`Blob ${id} is missing.`, { cause: error });
    }
    try {
      const { size } = await handle.stat();
      return {
        size,
        read: async (target, position) => {
          let got = 0;
          while (got < target.length) {
            const { bytesRead } = await handle.read(target, got, target.length - got, position + got);
            if (bytesRead === 0) break;
            got += bytesRead;
          }
          return got;
        },
        close: () => handle.close(),
      };
    } catch (error: unknown) {
      await handle.close();
      throw error;
    }
  }

  async delete(id: string): Promise<void> {
    try {
      await unlink(this.pathOf(id));
      await fsyncDir(dirname(this.pathOf(id)));
    } catch (error: unknown) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  async list(): Promise<BlobListing[]> {
    await mkdir(this.root, { recursive: true });
    const out: BlobListing[] = [];
    for (const shard of await readdir(this.root)) {
      if (shard.length !== 2) continue; // `segments/` and anything else that is not a shard
      const folder = safeJoin(this.root, shard);
      for (const name of await readdir(folder).catch(() => [] as string[])) {
        const info = await stat(safeJoin(folder, name)).catch(() => null);
        if (info?.isFile()) out.push({ id: name, modifiedAt: info.mtime });
      }
    }
    return out;
  }

  /** Segment `<upload>/<name>` at `<root>/segments/<upload>/<name>`: temp file, fsync, rename, fsync dir. */
  private segmentPath(key: string): string {
    const [upload, name, ...rest] = key.split('/');
    if (upload === undefined || name === undefined || rest.length > 0)
      throw new RangeError('Bad segment key.');
    return safeJoin(this.root, SEGMENTS, upload, name);
  }

  async putSegment(key: string, data: Buffer): Promise<void> {
    const target = this.segmentPath(key);
    await mkdir(dirname(target), { recursive: true, mode: 0o700 });
    const temp = `${target}.tmp`;
    const handle = await open(temp, 'w', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    await fsyncDir(dirname(target));
  }

  async readSegment(key: string): Promise<Readable> {
    const path = this.segmentPath(key);
    await stat(path).catch((error: unknown) => {
      throw new BlobNotFoundError(`Segment ${key} is missing.`, { cause: error });
    });
    return createReadStream(path, { highWaterMark: 1024 * 1024 });
  }

  async deleteSegment(key: string): Promise<void> {
    const path = this.segmentPath(key);
    await rm(path, { force: true });
    // The upload's folder goes with its last segment (rmdir refuses while others remain).
    await rm(dirname(path), { recursive: false }).catch(() => undefined);
  }

  async listSegments(): Promise<BlobListing[]> {
    const base = safeJoin(this.root, SEGMENTS);
    const out: BlobListing[] = [];
    for (const upload of await readdir(base).catch(() => [] as string[])) {
      for (const name of await readdir(safeJoin(base, upload)).catch(() => [] as string[])) {
        const info = await stat(safeJoin(base, upload, name)).catch(() => null);
        if (info?.isFile()) out.push({ id: `${upload}/${name}`, modifiedAt: info.mtime });
      }
    }
    return out;
  }

  async close(): Promise<void> {}
}
