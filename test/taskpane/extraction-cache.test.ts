import type { ExtractionResult } from '../../src/core/extraction/types';
import { withExtractionCache } from '../../src/taskpane/scan/extraction-cache';
import type { Scanner } from '../../src/taskpane/scan/scanner';

function countingScanner(results: ExtractionResult[]): { scanner: Scanner; calls: () => number } {
  let calls = 0;
  const scanner: Scanner = {
    extract: async () => results[Math.min(calls++, results.length - 1)] as ExtractionResult,
    analyze: async () => ({ findings: [], errors: [] }),
    dispose: () => undefined,
  };
  return { scanner, calls: () => calls };
}

const bytes = (text: string) => new TextEncoder().encode(text);
const now = () => 0;

describe('extraction cache', () => {
  it('extracts the same attachment once', async () => {
    const { scanner, calls } = countingScanner([{ kind: 'text', text: 'a' }]);
    const cached = withExtractionCache(scanner);
    await cached.extract(bytes('abc'), 'a.txt', { now });
    expect(await cached.extract(bytes('abc'), 'a.txt', { now })).toEqual({ kind: 'text', text: 'a' });
    expect(calls()).toBe(1);
  });

  it.each([
    ['other bytes', bytes('abd'), 'a.txt'],
    ['other name', bytes('abc'), 'b.txt'],
  ])('extracts again for %s', async (_what, second, name) => {
    const { scanner, calls } = countingScanner([{ kind: 'text', text: 'a' }]);
    const cached = withExtractionCache(scanner);
    await cached.extract(bytes('abc'), 'a.txt', { now });
    await cached.extract(second, name, { now });
    expect(calls()).toBe(2);
  });

  it('does not keep results cut short by a time budget', async () => {
    const { scanner, calls } = countingScanner([{ kind: 'partial', reason: 'time budget', text: '' }]);
    const cached = withExtractionCache(scanner);
    await cached.extract(bytes('abc'), 'a.pdf', { now });
    await cached.extract(bytes('abc'), 'a.pdf', { now });
    expect(calls()).toBe(2);
  });

  it('forgets the least recently used attachment beyond its capacity', async () => {
    const { scanner, calls } = countingScanner([{ kind: 'text', text: 'x' }]);
    const cached = withExtractionCache(scanner, 2);
    await cached.extract(bytes('1'), 'a', { now });
    await cached.extract(bytes('2'), 'b', { now });
    await cached.extract(bytes('1'), 'a', { now }); // hit: a is now most recent
    await cached.extract(bytes('3'), 'c', { now }); // evicts b
    await cached.extract(bytes('1'), 'a', { now }); // still cached
    await cached.extract(bytes('2'), 'b', { now }); // extracted again
    expect(calls()).toBe(4);
  });
});
