/**
 * A folder of `.eml`/`.msg` files (a mailbox export) as a mailbox. Walked lazily in sorted order, one
 * folder listing at a time, so a mailbox of any size is swept in bounded memory and resumes by path.
 */
import type { Dirent } from 'node:fs';
import { open, readdir, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { mapAhead } from './ahead';
import { emlDate, msgDate, type MessageDate } from './message-date';
import type { MailboxSource, SweepItem } from './types';

const MESSAGE_EXTENSIONS = ['.eml', '.msg'];
/** The Date and Received headers sit at the top; this much is read to find them. */
const HEAD_BYTES = 64 * 1024;
/** Files whose dates are read ahead of the scan, so disk waits overlap with scanning. */
const LOOKAHEAD = 16;
/** A checkpoint every this many files: often enough to lose little, seldom enough to cost nothing. */
const CURSOR_EVERY = 100;

const isMessage = (name: string): boolean =>
  MESSAGE_EXTENSIONS.indexOf(path.extname(name).toLowerCase()) >= 0;

async function* walk(folder: string): AsyncGenerator<string> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile() && isMessage(entry.name)) yield full;
  }
}

async function head(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The message's date; the file's modification time (export tools set it to the received time) last. */
async function dateOf(file: string, now: Date): Promise<MessageDate> {
  try {
    const found =
      path.extname(file).toLowerCase() === '.msg'
        ? await msgDate(new Uint8Array(await readFile(file)), now)
        : emlDate(await head(file), now);
    if (found.source !== 'none') return found;
    return { source: 'file-time', date: (await stat(file)).mtime };
  } catch {
    return { source: 'none' };
  }
}

/** Walk order as a comparison: segment by segment, so it still works once the cursor's file is deleted. */
function compareWalkOrder(a: string, b: string): number {
  const x = a.split(path.sep);
  const y = b.split(path.sep);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i] as string;
    const q = y[i] as string;
    if (p !== q) return p < q ? -1 : 1;
  }
  return x.length - y.length;
}

async function* after(files: AsyncIterable<string>, cursor: string): AsyncGenerator<string> {
  for await (const file of files) if (compareWalkOrder(file, cursor) > 0) yield file;
}

const isMissing = (error: unknown): boolean =>
  error instanceof Error && 'code' in error && error.code === 'ENOENT';

/** The mailbox export in `folder`; `now` bounds dates (a date in the future is junk). */
export function folderSource(folder: string, now: Date): MailboxSource {
  const mailbox = path.resolve(folder);
  return {
    mailbox,
    spec: { kind: 'folder', path: mailbox },
    owner: null,
    async *items(resumeAfter) {
      let count = 0;
      const toItem = async (file: string): Promise<SweepItem> => {
        count++;
        return {
          mailbox,
          ref: { kind: 'file', file },
          name: path.basename(file),
          date: await dateOf(file, now),
          ...(count % CURSOR_EVERY === 0 ? { cursor: file } : {}),
        };
      };
      const files = resumeAfter === null ? walk(mailbox) : after(walk(mailbox), resumeAfter);
      yield* mapAhead(files, toItem, LOOKAHEAD);
    },
    async read(item) {
      if (item.ref.kind !== 'file') return null;
      try {
        return new Uint8Array(await readFile(item.ref.file));
      } catch (error: unknown) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async exists(item) {
      return (
        item.ref.kind === 'file' &&
        (await stat(item.ref.file).then(
          () => true,
          () => false,
        ))
      );
    },
    async remove(item) {
      if (item.ref.kind !== 'file') return 'gone';
      try {
        await unlink(item.ref.file);
        return 'removed';
      } catch (error: unknown) {
        if (isMissing(error)) return 'gone';
        throw error;
      }
    },
  };
}
