import { createReadStream } from 'node:fs';
import { mkdir, readdir, rename, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';
import { fsyncDir } from './fsync';
import { safeJoin } from './safe-join';
import type { BlobListing, BlobStore } from './types';

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
      const folder = safeJoin(this.root, shard);
      for (const name of await readdir(folder).catch(() => [] as string[])) {
        const info = await stat(safeJoin(folder, name)).catch(() => null);
        if (info?.isFile()) out.push({ id: name, modifiedAt: info.mtime });
      }
    }
    return out;
  }

  async close(): Promise<void> {}
}
