/**
 * The sweep's local audit: one JSON line per applied action, appended, each carrying the SHA-256 of the
 * line before it so a removed or edited line shows (`verifyAudit`). Kinds, counts and ids only: never a
 * matched value. The vault keeps its own audit of every archived copy.
 */
import { createHash } from 'node:crypto';
import { appendFile, mkdir, open, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface AuditEntry {
  readonly at: string;
  readonly action: 'archive' | 'delete';
  readonly outcome: 'archived' | 'deleted' | 'gone' | 'failed';
  readonly mailbox: string;
  readonly message: string;
  readonly date: string | null;
  readonly verdict: string;
  readonly categories: readonly string[];
  readonly sha256?: string;
  readonly vaultId?: string;
  readonly step?: string;
}

const GENESIS = '0'.repeat(64);
/** Enough of the file's end to hold its last line. */
const TAIL_BYTES = 64 * 1024;

const hashOf = (line: string): string => createHash('sha256').update(line).digest('hex');

async function lastLine(file: string): Promise<string | null> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    return null;
  }
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, TAIL_BYTES);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    const lines = buffer
      .toString('utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    return lines[lines.length - 1] ?? null;
  } finally {
    await handle.close();
  }
}

/** An append-only, hash-chained audit file. Appends are serialised, so parallel mailboxes chain in order. */
export class AuditLog {
  private chain: Promise<void> = Promise.resolve();
  private constructor(
    private readonly file: string,
    private previous: string,
  ) {}

  static async open(file: string): Promise<AuditLog> {
    await mkdir(path.dirname(file), { recursive: true });
    const last = await lastLine(file);
    return new AuditLog(file, last === null ? GENESIS : hashOf(last));
  }

  /** Appends one entry; resolves once it is on disk. */
  append(entry: AuditEntry): Promise<void> {
    const step = this.chain.then(async () => {
      const line = JSON.stringify({ ...entry, prev: this.previous });
      await appendFile(this.file, `${line}\n`, { flag: 'a' });
      this.previous = hashOf(line);
    });
    this.chain = step.catch(() => undefined);
    return step;
  }
}

/** Checks the chain: `ok` with the number of entries, or the 1-based line where it breaks. */
export async function verifyAudit(
  file: string,
): Promise<{ ok: true; entries: number } | { ok: false; line: number }> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim() !== '');
  let previous = GENESIS;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const parsed = JSON.parse(line) as { prev?: string };
    if (parsed.prev !== previous) return { ok: false, line: i + 1 };
    previous = hashOf(line);
  }
  return { ok: true, entries: lines.length };
}
