import { mkdir, readdir, unlink } from 'node:fs/promises';
import { safeJoin } from '../storage/safe-join';
import type { MetadataStore } from '../storage/types';

/** Staging file of a one-shot upload (`<id>.part`) or a resumable session (`<session>.upload`). */
export function stagingPath(dir: string, id: string, kind: 'part' | 'upload'): string {
  return safeJoin(dir, `${id}.${kind}`);
}

/**
 * Removes staging files no live session owns. One-shot `.part` files belong to requests of a process
 * that is gone, so at start-up all of them are orphans.
 */
export async function cleanStaging(dir: string, meta: MetadataStore, includeParts: boolean): Promise<number> {
  await mkdir(dir, { recursive: true });
  const live = await meta.allUploadIds();
  let removed = 0;
  for (const name of await readdir(dir)) {
    const isPart = name.endsWith('.part');
    const orphanUpload = name.endsWith('.upload') && !live.has(name.slice(0, -'.upload'.length));
    if ((isPart && includeParts) || orphanUpload) {
      await unlink(safeJoin(dir, name)).catch(() => undefined);
      removed += 1;
    }
  }
  return removed;
}
