/**
 * The sweep loop itself: resuming a folder sweep after a crash, and progress for huge mailboxes.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_POLICY } from '../../../src/core/policy';
import { Checkpoints } from '../../../src/cli/sweep/checkpoint';
import { folderSource } from '../../../src/cli/sweep/folder-source';
import { Progress } from '../../../src/cli/sweep/progress';
import type { ListedMessage } from '../../../src/cli/sweep/report';
import { sweepMailbox, type SweepContext } from '../../../src/cli/sweep/run';
import type { MailboxSource } from '../../../src/cli/sweep/types';
import { NOW, put, remove, tempDir } from './harness';
import { CLEAN_MAIL, CV_MAIL, eml } from './mail';

let dir: string;
let box: string;
beforeEach(async () => {
  dir = await tempDir();
  box = path.join(dir, 'export');
  await mkdir(box);
});
afterEach(() => remove(dir));

function context(checkpoints: Checkpoints, listed: ListedMessage[]): SweepContext {
  return {
    policy: DEFAULT_POLICY,
    today: { year: 2025, month: 6, day: 1 },
    cutoff: checkpoints.cutoff,
    suggestion: 'delete',
    apply: null,
    checkpoints,
    progress: new Progress(() => undefined),
    listed: (l) => listed.push(l),
    summary: () => undefined,
    warn: () => undefined,
  };
}

/** The export folder, failing like a crashed disk on the n-th read. */
function crashingAt(source: MailboxSource, n: number): MailboxSource {
  let reads = 0;
  return {
    ...source,
    items: (resume) => source.items(resume),
    read: (item) => (++reads === n ? Promise.reject(new Error('I/O error')) : source.read(item)),
  };
}

describe('resuming a folder sweep', () => {
  it('carries on after the last checkpoint, and the whole mailbox ends up counted once', async () => {
    for (let i = 0; i < 250; i++) {
      const date = new Date(Date.UTC(2012, 0, 1) + i * 86_400_000).toUTCString();
      await put(
        box,
        `${String(i).padStart(4, '0')}.eml`,
        eml({ ...(i % 25 === 0 ? CV_MAIL : CLEAN_MAIL), date }),
      );
    }
    const ck = path.join(dir, 'ck');
    const cutoff = new Date('2015-06-01T00:00:00Z');
    const listed: ListedMessage[] = [];
    const first = await Checkpoints.open(ck, 'k', cutoff, false);
    const stopped = await sweepMailbox(crashingAt(folderSource(box, NOW), 180), context(first, listed));
    expect(stopped.complete).toBe(false);
    expect(stopped.counts.messages).toBe(179);

    const again = await Checkpoints.open(ck, 'k', new Date('2099-01-01T00:00:00Z'), false);
    expect(again.resumed).toBe(true);
    expect(again.cutoff).toEqual(cutoff);
    const done = await sweepMailbox(folderSource(box, NOW), context(again, listed));
    expect(done.complete).toBe(true);
    // Counts restart from the checkpoint (after file 100): files 100-179 are read again, counted once.
    expect(done.counts.messages).toBe(250);
    expect(done.counts.personal).toBe(10);
    const files = listed.map((l) => (l.item.ref.kind === 'file' ? path.basename(l.item.ref.file) : ''));
    expect(new Set(files).size).toBe(10);
  });

  it('a different command starts afresh instead of resuming', async () => {
    const ck = path.join(dir, 'ck');
    await Checkpoints.open(ck, 'one', NOW, false);
    expect((await Checkpoints.open(ck, 'two', NOW, false)).resumed).toBe(false);
  });
});

describe('progress', () => {
  it('reports counts and rates at most every five seconds', () => {
    let now = 0;
    const lines: string[] = [];
    const progress = new Progress(
      (l) => lines.push(l),
      () => now,
    );
    for (let i = 0; i < 1000; i++) {
      now += 10;
      progress.tick(2_000);
    }
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      'mailguard sweep: 500 messages read (100/s, 1.0 MB, 0.2 MB/s), 0 with personal data\n',
    );
  });
});
