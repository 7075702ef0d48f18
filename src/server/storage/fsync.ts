import { open } from 'node:fs/promises';

/** fsyncs a directory so a rename inside it survives a power cut (POSIX needs this; Windows cannot). */
export async function fsyncDir(path: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
