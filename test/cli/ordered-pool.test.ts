/**
 * The worker pool behind `mailguard scan` on several files: real worker threads running a small worker
 * script written for the test (the scan worker itself is exercised through the built CLI in
 * scan-parallel.test.ts). The script answers out of order on purpose, and dies on request.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mapInOrder } from '../../src/cli/ordered-pool';

// Items are strings: 'exit' ends the thread, 'throw' throws outside any handler, 'slow:N' answers after N ms,
// anything else answers at once. The answer names the thread so the test can see the work was spread.
const WORKER = `
const { parentPort, threadId, workerData } = require('node:worker_threads');
parentPort.on('message', ({ index, item }) => {
  if (item === 'exit') process.exit(3);
  if (item === 'throw') setTimeout(() => { throw new Error('boom in ' + item); }, 0);
  else {
    const delay = item.startsWith('slow:') ? Number(item.slice(5)) : 0;
    setTimeout(() => parentPort.postMessage({ index, result: workerData.prefix + item + '@' + threadId }), delay);
  }
});
`;

let dir = '';
let script = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mailguard-pool-'));
  script = path.join(dir, 'worker.cjs');
  writeFileSync(script, WORKER);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(items: readonly string[], size: number): Promise<string[]> {
  const out: string[] = [];
  const results = mapInOrder<string, string>(items, {
    script,
    workerData: { prefix: 'ok:' },
    size,
    failed: (item, reason) => `failed:${item}:${reason}`,
  });
  for await (const result of results) out.push(result);
  return out;
}

const itemOf = (result: string): string => result.replace(/^ok:/, '').replace(/@\d+$/, '');

describe('mapInOrder', () => {
  it('yields results in input order although later items finish first', async () => {
    const items = ['slow:120', 'a', 'b', 'slow:60', 'c', 'd', 'e'];
    const out = await collect(items, 3);
    expect(out.map(itemOf)).toEqual(items);
    expect(new Set(out.map((r) => r.split('@')[1])).size).toBeGreaterThan(1);
  });

  it.each([
    ['a thread that exits', 'exit', /^failed:exit:the worker stopped \(exit 3\)$/],
    ['an uncaught error', 'throw', /^failed:throw:the worker stopped: Error: boom in throw/],
  ])('reports %s for that item only and runs the rest', async (_name, bad, expected) => {
    const items = ['a', bad, 'slow:30', 'b', bad, 'c'];
    const out = await collect(items, 2);
    expect(out).toHaveLength(items.length);
    expect(out[1]).toMatch(expected);
    expect(out[4]).toMatch(expected);
    expect([0, 2, 3, 5].map((i) => itemOf(out[i] ?? ''))).toEqual(['a', 'slow:30', 'b', 'c']);
  });

  it('runs on one thread and with more threads than items', async () => {
    expect((await collect(['x', 'y', 'z'], 1)).map(itemOf)).toEqual(['x', 'y', 'z']);
    expect((await collect(['x'], 8)).map(itemOf)).toEqual(['x']);
    expect(await collect([], 4)).toEqual([]);
  });

  it('with a local place, the calling thread takes items too, one worker fewer starts, order is kept', async () => {
    const items = ['slow:80', 'a', 'b', 'slow:40', 'c', 'd', 'e', 'f'];
    const local: string[] = [];
    const out: string[] = [];
    for await (const result of mapInOrder<string, string>(items, {
      script,
      workerData: { prefix: 'ok:' },
      size: 2,
      failed: (item, reason) => `failed:${item}:${reason}`,
      local: async (item) => {
        local.push(item);
        await new Promise((resolve) => setTimeout(resolve, item.startsWith('slow:') ? 30 : 5));
        return `ok:${item}@local`;
      },
    }))
      out.push(result);
    expect(out.map((r) => r.replace(/^ok:/, '').replace(/@(\d+|local)$/, ''))).toEqual(items);
    expect(local.length).toBeGreaterThan(0);
    // One worker thread at most (the calling thread may have taken every item before it started).
    const threads = new Set(out.filter((r) => !r.endsWith('@local')).map((r) => r.split('@')[1]));
    expect(threads.size).toBeLessThanOrEqual(1);
  });

  it('a local item that throws gets the failed result, and the rest still run', async () => {
    const out: string[] = [];
    for await (const result of mapInOrder<string, string>(['a', 'bad', 'b'], {
      script,
      workerData: { prefix: 'ok:' },
      size: 1,
      failed: (item, reason) => `failed:${item}:${reason}`,
      local: (item) =>
        item === 'bad' ? Promise.reject(new Error('no')) : Promise.resolve(`ok:${item}@local`),
    }))
      out.push(result);
    expect(out).toEqual(['ok:a@local', 'failed:bad:Error: no', 'ok:b@local']);
  });

  it('with a local place and workers due later, a short run never starts one', async () => {
    const out: string[] = [];
    for await (const result of mapInOrder<string, string>(['a', 'b', 'c'], {
      script,
      workerData: { prefix: 'ok:' },
      size: 3,
      workersAfterMs: 60_000,
      failed: (item, reason) => `failed:${item}:${reason}`,
      local: (item) => Promise.resolve(`ok:${item}@local`),
    }))
      out.push(result);
    expect(out).toEqual(['ok:a@local', 'ok:b@local', 'ok:c@local']);
  });

  it('stops its threads when the consumer stops early', async () => {
    const results = mapInOrder<string, string>(['a', 'slow:5000', 'b'], {
      script,
      workerData: { prefix: '' },
      size: 2,
      failed: () => 'failed',
    });
    const first = await results.next();
    expect(first.value).toMatch(/^a@/);
    // Returning resolves only once every worker has been terminated (the slow one included).
    await expect(results.return(undefined)).resolves.toEqual({ done: true, value: undefined });
  });
});
