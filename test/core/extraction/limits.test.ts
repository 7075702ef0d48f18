/**
 * Every limit in ExtractionLimits is enforced and reported as `partial` / `too-large` with a reason.
 */
import { extract } from '../../../src/core/extraction';
import type { ExtractionResult } from '../../../src/core/extraction';
import { fakeClock, stillClock } from './clock';
import { makePdf } from './builders/pdf';
import { deflatedZeros, rawZip, zipOf } from './builders/zip';

const reasonOf = (result: ExtractionResult): string => ('reason' in result ? result.reason : '');
const text = (n: number): string => `file ${n} 000229-2399\n`;

describe('extraction limits', () => {
  it('maxInputBytes: refuses an input over the size limit', async () => {
    const result = await extract(Buffer.alloc(2000, 'a'), 'big.txt', {
      ...stillClock,
      limits: { maxInputBytes: 1000 },
    });
    expect(result).toMatchObject({
      kind: 'too-large',
      reason: expect.stringMatching(/2000 bytes is over the limit of 1000 bytes per file/),
    });
  });

  it('maxEntries: reads the first entries and reports the rest', async () => {
    const files: { [name: string]: string } = {};
    for (let i = 0; i < 30; i++) files[`f${i}.txt`] = text(i);
    const result = await extract(zipOf(files), 'many.zip', { ...stillClock, limits: { maxEntries: 10 } });
    expect(result.kind).toBe('partial');
    expect(result.kind === 'partial' && result.members?.length).toBe(10);
    expect(reasonOf(result)).toMatch(/more than 10 entries/);
  });

  it('maxEntryBytes: an entry declaring more than the limit is not inflated', async () => {
    const result = await extract(zipOf({ 'a.txt': 'x'.repeat(5000), 'b.txt': 'small' }), 'a.zip', {
      ...stillClock,
      limits: { maxEntryBytes: 4000 },
    });
    expect(result.kind).toBe('partial');
    const members = result.kind === 'partial' ? (result.members ?? []) : [];
    expect(members.map((m) => m.result.kind)).toEqual(['too-large', 'text']);
  });

  it('maxTotalInflatedBytes: counts across all members', async () => {
    const files = { 'a.txt': 'a'.repeat(3000), 'b.txt': 'b'.repeat(3000), 'c.txt': 'c'.repeat(3000) };
    const result = await extract(zipOf(files), 'abc.zip', {
      ...stillClock,
      limits: { maxTotalInflatedBytes: 7000 },
    });
    const members = result.kind === 'partial' ? (result.members ?? []) : [];
    expect(members.map((m) => m.result.kind)).toEqual(['text', 'text', 'too-large']);
    expect(reasonOf(result)).toMatch(
      /c\.txt declares 3000 bytes; with 6000 bytes already inflated that passes the total limit of 7000 bytes/,
    );
  });

  it('maxCompressionRatio: an honest header with a bomb-like ratio is refused', async () => {
    const bomb = rawZip([
      { name: 'z.bin', data: deflatedZeros(8), method: 8, declaredSize: 8 * 1024 * 1024 },
    ]);
    const result = await extract(bomb, 'z.zip', { ...stillClock, limits: { maxCompressionRatio: 100 } });
    expect(reasonOf(result)).toMatch(
      /z\.bin declares 8388608 bytes \(8 MB\) from \d+ bytes compressed, a compression ratio over the limit of 100/,
    );
  });

  it('maxDepth: zips nested deeper than the limit are not opened', async () => {
    let archive = zipOf({ 'deep.txt': text(0) });
    for (let i = 0; i < 4; i++) archive = zipOf({ [`level${i}.zip`]: archive });
    const result = await extract(archive, 'nest.zip', { ...stillClock, limits: { maxDepth: 2 } });
    let node: ExtractionResult = result;
    for (let i = 0; i < 3 && (node.kind === 'text' || node.kind === 'partial'); i++) {
      node = node.members?.[0]?.result ?? node;
    }
    expect(node).toMatchObject({ kind: 'too-large', reason: 'nested more than 2 levels deep' });
  });

  it('maxTextChars: text beyond the cap is cut and reported', async () => {
    const result = await extract(Buffer.from('abcdefghij'.repeat(100)), 'a.txt', {
      ...stillClock,
      limits: { maxTextChars: 250 },
    });
    expect(result).toMatchObject({ kind: 'partial', reason: 'text cap of 250 characters reached' });
    expect(result.kind === 'partial' && result.text.length).toBe(250);
  });

  it('maxPages: pages after the cap are not read', async () => {
    const pdf = makePdf([['page one'], ['page two'], ['page three 000229-2399']]);
    const result = await extract(pdf, 'three.pdf', { ...stillClock, limits: { maxPages: 2 } });
    expect(result).toMatchObject({ kind: 'partial', reason: 'only the first 2 of 3 pages were read' });
    expect(result.kind === 'partial' && result.text).toContain('page two');
    expect(result.kind === 'partial' && result.text).not.toContain('page three');
  });

  it('timeBudgetMs: a slow clock stops an archive part-way with what was read', async () => {
    const files: { [name: string]: string } = {};
    for (let i = 0; i < 20; i++) files[`f${i}.txt`] = text(i);
    const clock = fakeClock();
    const ticking = { now: (): number => (clock.advance(100), clock.now()) };
    const result = await extract(zipOf(files), 'slow.zip', { ...ticking, limits: { timeBudgetMs: 1000 } });
    expect(result.kind).toBe('partial');
    expect(reasonOf(result)).toMatch(/time budget of 1000 ms spent/);
    const members = result.kind === 'partial' ? (result.members ?? []) : [];
    expect(members.filter((m) => m.result.kind === 'text').length).toBeGreaterThan(0);
    expect(members.filter((m) => m.result.kind === 'too-large').length).toBeGreaterThan(0);
  });

  it('timeBudgetMs: an exhausted budget before starting gives too-large', async () => {
    const clock = fakeClock();
    const ticking = { now: (): number => (clock.advance(5000), clock.now()) };
    const result = await extract(Buffer.from('hello'), 'a.txt', {
      ...ticking,
      limits: { timeBudgetMs: 1000 },
    });
    expect(result).toMatchObject({ kind: 'too-large', reason: 'time budget of 1000 ms spent' });
  });

  it('a null pdf loader (on-send bundle) gives unsupported instead of loading pdf.js', async () => {
    const result = await extract(makePdf([['x']]), 'a.pdf', { ...stillClock, loaders: { pdf: null } });
    expect(result).toMatchObject({ kind: 'unsupported', reason: 'PDF files are not read here' });
  });

  it('an injected pdf loader is used', async () => {
    const pdf = jest.fn(async () => {
      throw new Error('loader ran');
    });
    const result = await extract(makePdf([['x']]), 'a.pdf', { ...stillClock, loaders: { pdf } });
    expect(pdf).toHaveBeenCalledTimes(1);
    expect(result).toMatchObject({ kind: 'failed', reason: expect.stringMatching(/loader ran/) });
  });
});
