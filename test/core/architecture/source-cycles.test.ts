/**
 * No import cycle anywhere in `src/`, type-only imports included: the core is held to it in
 * core-areas.test.ts as well, the rest of the source here.
 */
import path from 'node:path';
import { cycles, importGraph } from '../../support/import-graph';

const ROOT = path.resolve(__dirname, '../../..');
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

  test('no cycle anywhere, src/server included', () => {
    expect(found).toEqual([]);
  });

  test('a cycle is found through a lazy import() as well as a static one', () => {
    // The CLI loads its commands with import(): a command importing the list back would be a cycle.
    const graph = importGraph(ROOT, 'src/cli');
    expect(graph.get(path.join('src/cli/commands.ts'))).toContain(path.join('src/cli/scan.ts'));
  });
});
