/**
 * The import graph of a source tree, read with TypeScript's own pre-processor (imports, re-exports and
 * `import type` alike: a type-only cycle still ties two areas together), and the cycles in it.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** File → the files it imports (relative imports resolved; packages left out). Paths relative to `root`. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

function sourceFiles(dir: string, out: string[]): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(full, out);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.join(path.dirname(from), specifier);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), base])
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  return undefined;
}

/** The import graph of the `.ts`/`.tsx` files under `dir`, keyed by paths relative to `root`. */
export function importGraph(root: string, dir: string): ImportGraph {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(path.join(root, dir), [])) {
    const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    const targets: string[] = [];
    for (const imported of info.importedFiles) {
      const target = resolveImport(file, imported.fileName);
      if (target !== undefined && /\.tsx?$/.test(target)) targets.push(path.relative(root, target));
    }
    graph.set(path.relative(root, file), targets);
  }
  return graph;
}

/** The strongly connected components with more than one node, or a node importing itself (Tarjan). */
export function cycles(graph: ImportGraph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** The graph between groups of files (`group` names a file's group), self-edges left out. */
export function groupGraph(graph: ImportGraph, group: (file: string) => string): Map<string, string[]> {
  const edges = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = group(file);
    const set = edges.get(from) ?? new Set<string>();
    edges.set(from, set);
    for (const target of targets) if (group(target) !== from) set.add(group(target));
  }
  const out = new Map<string, string[]>();
  for (const [from, set] of edges) out.set(from, [...set].sort());
  return out;
}
