import { mkdir, readdir, unlink } from 'node:fs/promises';
import { safeJoin } from '../storage/safe-join';
import type { MetadataStore } from '../storage/types';

/** Staging file of a one-shot upload (`<id>.part`) or a resumable commit (`<session>.upload`). */
export function stagingPath(dir: string, id: string, kind: 'part' | 'upload'): string {
  return safeJoin(dir, `${id}.${kind}`);
}

/**
 * Removes local staging files no request of this process is using. Both kinds live for one request only
 * (`.part` a one-shot upload, `.upload` a resumable commit gathering its segments), so at start-up
 * (`includeParts`) all of them are orphans; later, `.upload` files of sessions that are gone are.
 */
export async function cleanStaging(dir: string, meta: MetadataStore, includeParts: boolean): Promise<number> {
  await mkdir(dir, { recursive: true });
  const live = await meta.uploads.allIds();
  let removed = 0;
  for (const name of await readdir(dir)) {
    const isPart = name.endsWith('.part');
    const orphanUpload =
      name.endsWith('.upload') && (includeParts || !live.has(name.slice(0, -'.upload'.length)));
    if ((isPart && includeParts) || orphanUpload) {
      await unlink(safeJoin(dir, name)).catch(() => undefined);
      removed += 1;
    }
  }
  return removed;
}
