/**
 * No import cycle anywhere in `src/`: the core is held to it in core-areas.test.ts, the rest of the source
 * here. `src/server` is not held to it yet — its storage and configuration modules still import each other —
 * so cycles whose files all lie under `src/server` are listed, not failed; a cycle that reaches outside it
 * fails like any other.
 */
import path from 'node:path';
import { cycles, importGraph } from '../../support/import-graph';

const ROOT = path.resolve(__dirname, '../../..');
const SERVER = path.join('src', 'server') + path.sep;

const insideServer = (cycle: readonly string[]): boolean => cycle.every((file) => file.startsWith(SERVER));

describe('import cycles in src/', () => {
  const found = cycles(importGraph(ROOT, 'src'));

  test('the graph covers every part of the source', () => {
    const files = [...importGraph(ROOT, 'src').keys()];
    for (const area of [
      'addin',
      'cli',
      'console',
      'contract',
      'core',
      'onsend',
      'server',
      'simulator',
      'taskpane',
    ])
      expect(files.some((file) => file.startsWith(path.join('src', area) + path.sep))).toBe(true);
  });

  test('no cycle outside src/server', () => {
    expect(found.filter((cycle) => !insideServer(cycle))).toEqual([]);
  });

  test('a cycle is found through a lazy import() as well as a static one', () => {
    // The CLI loads its commands with import(): a command importing the list back would be a cycle.
    const graph = importGraph(ROOT, 'src/cli');
    expect(graph.get(path.join('src/cli/commands.ts'))).toContain(path.join('src/cli/scan.ts'));
  });
});
