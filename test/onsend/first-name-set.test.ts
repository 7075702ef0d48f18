/**
 * The first names are merged into one list when onsend.js is built (scripts/first-names-merged.cjs) and
 * stand in for first-name-set.ts there: the merged list must read back, through the stand-in itself, to
 * exactly the names of the per-country lists, and the bundle must carry it rather than the lists.
 */
import { readFileSync } from 'node:fs';
import { FIRST_NAMES } from '../../src/core/detection/recognizers/sensitive-terms/first-name-set';
import { readWordSet } from '../../src/core/detection/word-set-code';
import { BUNDLE, ensureBundle, ROOT } from './bundle-harness';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own CommonJS helper
const { mergedFirstNames } = require('../../scripts/first-names-merged.cjs') as {
  mergedFirstNames: (root: string) => string;
};

describe('the first names merged at build time', () => {
  const merged = mergedFirstNames(ROOT);

  it('read back through the stand-in to every name of the per-country lists, capitals included', async () => {
    (globalThis as { FIRST_NAMES_MERGED?: string }).FIRST_NAMES_MERGED = merged;
    const built = await import('../../src/onsend/first-name-set-built');
    expect([...built.FIRST_NAMES].sort()).toEqual([...FIRST_NAMES].sort());
    expect(built.FIRST_NAMES.has('Jan-Erik')).toBe(true);
    expect(built.FIRST_NAMES.has('Łukasz')).toBe(true);
  });

  it('are a lower-case word set, each name once', () => {
    const names = readWordSet(merged);
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((name) => name === name.toLowerCase())).toBe(true);
    expect(merged).toMatch(/^aada\|/);
    expect(merged.length).toBeLessThan([...FIRST_NAMES].join(' ').length * 0.8);
  });

  it('reach the bundle as one list', () => {
    ensureBundle();
    const bundle = readFileSync(BUNDLE, 'utf8');
    expect(bundle).toContain(merged);
  });
});
