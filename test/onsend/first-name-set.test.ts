/**
 * The first names are merged into one list when onsend.js is built (scripts/first-names-merged.cjs) and
 * stand in for first-name-set.ts there: the merged list must read back to exactly the names of the
 * per-country lists, and the bundle must carry it rather than the lists.
 */
import { readFileSync } from 'node:fs';
import { FIRST_NAMES } from '../../src/core/detection/recognizers/sensitive-terms/first-name-set';
import { readNames } from '../../src/core/detection/recognizers/sensitive-terms/first-names-read';
import { BUNDLE, ensureBundle, ROOT } from './bundle-harness';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own CommonJS helper
const { mergedFirstNames } = require('../../scripts/first-names-merged.cjs') as {
  mergedFirstNames: (root: string) => string;
};

describe('the first names merged at build time', () => {
  const merged = mergedFirstNames(ROOT);

  it('read back to every name of the per-country lists, each once', () => {
    const names = readNames(merged);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual([...FIRST_NAMES].sort());
  });

  it('are front-coded', () => {
    expect(merged).toMatch(/^Aada /);
    expect(merged.length).toBeLessThan([...FIRST_NAMES].join(' ').length * 0.8);
  });

  it('reach the bundle as one list', () => {
    ensureBundle();
    const bundle = readFileSync(BUNDLE, 'utf8');
    expect(bundle).toContain(merged);
  });
});
