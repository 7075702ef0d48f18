import { isAbsolute, join, relative, resolve } from 'node:path';

/** Raised when a path would leave its base folder. */
export class PathTraversalError extends Error {
  override name = 'PathTraversalError' as const;
}

/** The only way the vault turns names into paths: refuses anything that resolves outside `base`. */
export function safeJoin(base: string, ...parts: string[]): string {
  const root = resolve(base);
  const target = resolve(join(root, ...parts));
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new PathTraversalError('Path leaves its folder.');
  }
  return target;
}
