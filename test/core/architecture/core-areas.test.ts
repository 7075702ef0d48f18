/**
 * The core's areas and their import graph (docs/adr/0037-core-areas.md): the allowed graph written in
 * eslint.config.mjs has no cycle, the core's actual imports stay inside it, and no file of the core is
 * part of an import cycle — so a new cycle fails here even where lint would let it through.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { cycles, groupGraph, importGraph, type ImportGraph } from '../../support/import-graph';

const ROOT = path.resolve(__dirname, '../../..');

/** `CORE_AREAS` as the lint config exports it (read by Node itself: the config is an ES module). */
function allowedAreas(): Record<string, string[]> {
  const script =
    "const m = await import('./eslint.config.mjs'); process.stdout.write(JSON.stringify(m.CORE_AREAS));";
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return JSON.parse(out) as Record<string, string[]>;
}

/**
 * For every pair of areas, whether the lint config flags `import '../<to>/x'` in `src/core/<from>/`: the
 * config's own `no-restricted-imports` for that file, run on the one import line.
 */
function lintFlags(areas: readonly string[]): Record<string, string[]> {
  const script = `
    import { ESLint, Linter } from 'eslint';
    const eslint = new ESLint();
    const areas = ${JSON.stringify(areas)};
    const flagged = {};
    for (const from of areas) {
      const file = 'src/core/' + from + '/deeper/probe.ts';
      const computed = await eslint.calculateConfigForFile(file);
      const rule = { 'no-restricted-imports': computed.rules['no-restricted-imports'] };
      const config = [{ files: ['**/*.ts'], languageOptions: { sourceType: 'module' }, rules: rule }];
      const lint = (to) => new Linter().verify("import '../../" + to + "/x';", config, file);
      const messages = areas.filter((to) => to !== from).map(lint).flat();
      // Anything but this rule's verdict (no config for the file, a parse error) fails the test.
      for (const m of messages) if (m.ruleId !== 'no-restricted-imports') throw new Error(m.message);
      flagged[from] = areas.filter((to) => to !== from && lint(to).length > 0);
    }
    process.stdout.write(JSON.stringify(flagged));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return JSON.parse(out) as Record<string, string[]>;
}

const areaOf = (file: string): string => file.split(path.sep)[2] ?? '';
const graphOf = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

describe('cycle finding', () => {
  test.each<[string, Record<string, string[]>, string[][]]>([
    ['a chain', { a: ['b'], b: ['c'], c: [] }, []],
    ['a pair', { a: ['b'], b: ['a'] }, [['a', 'b']]],
    ['a triangle beside a leaf', { a: ['b'], b: ['c'], c: ['a', 'd'], d: [] }, [['a', 'b', 'c']]],
    ['a self-import', { a: ['a'] }, [['a']]],
    ['a diamond', { a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }, []],
  ])('%s', (_name, edges, expected) => {
    expect(cycles(graphOf(edges))).toEqual(expected);
  });

  test('reads import type, re-exports and plain imports alike', () => {
    const graph = importGraph(ROOT, 'src/core/draft');
    // draft/types.ts only re-exports the model's types; analyze-draft imports values.
    expect(graph.get(path.join('src/core/draft/types.ts'))).toEqual([path.join('src/core/model/draft.ts')]);
    expect(graph.get(path.join('src/core/draft/analyze-draft.ts'))).toContain(
      path.join('src/core/recipients/check.ts'),
    );
  });
});

describe('core areas', () => {
  const allowed = allowedAreas();
  const graph = importGraph(ROOT, 'src/core');

  test('the allowed graph names the areas and has no cycle', () => {
    expect(Object.keys(allowed).sort()).toEqual([
      'detection',
      'draft',
      'extraction',
      'identifiers',
      'model',
      'policy',
      'recipients',
    ]);
    for (const targets of Object.values(allowed))
      for (const target of targets) expect(Object.keys(allowed)).toContain(target);
    expect(cycles(graphOf(allowed))).toEqual([]);
    expect(allowed.identifiers).toEqual([]);
  });

  test('lint flags exactly the imports the graph does not allow', () => {
    const areas = Object.keys(allowed);
    const flagged = lintFlags(areas);
    for (const from of areas)
      expect([from, flagged[from]]).toEqual([
        from,
        areas.filter((to) => to !== from && !(allowed[from] ?? []).includes(to)),
      ]);
  });

  test('every folder of the core is an area', () => {
    for (const file of graph.keys()) expect(Object.keys(allowed)).toContain(areaOf(file));
  });

  test('each area imports only the areas it may', () => {
    const wrong: string[] = [];
    for (const [from, targets] of groupGraph(graph, areaOf))
      for (const to of targets) if (!(allowed[from] ?? []).includes(to)) wrong.push(`${from} -> ${to}`);
    expect(wrong).toEqual([]);
  });

  test('no file of the core is in an import cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  test('the model holds types only', () => {
    // A type-only area cannot pull another area's code into a bundle, whatever imports it.
    for (const file of graph.keys()) {
      if (areaOf(file) !== 'model') continue;
      const source = ts.createSourceFile(
        file,
        fs.readFileSync(path.join(ROOT, file), 'utf8'),
        ts.ScriptTarget.ES2022,
      );
      for (const statement of source.statements) {
        const typeOnly =
          ts.isInterfaceDeclaration(statement) ||
          ts.isTypeAliasDeclaration(statement) ||
          (ts.isImportDeclaration(statement) && statement.importClause?.isTypeOnly === true) ||
          (ts.isExportDeclaration(statement) && statement.isTypeOnly);
        expect({ file, statement: statement.getText(source).slice(0, 60), typeOnly }).toMatchObject({
          typeOnly: true,
        });
      }
    }
  });
});
