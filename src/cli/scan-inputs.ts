/**
 * Expands the PATH arguments of `mailguard scan` into files: folders are recursed in sorted order.
 */
// Synchronous calls: the walk is sequential anyway, and `node:fs/promises` loads a dozen Node modules at
// start (docs/adr/0042-cli-code-cache.md).
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';

/** Extensions `mailguard scan` reads when it walks a folder (docs/cli.md "mailguard scan"). */
export const SCANNED_EXTENSIONS: readonly string[] = [
  '.eml',
  '.msg',
  '.docx',
  '.xlsx',
  '.pptx',
  '.odt',
  '.pdf',
  '.csv',
  '.txt',
  '.html',
  '.htm',
  '.ics',
  '.vcf',
];

export type Input =
  | { readonly kind: 'file'; readonly file: string }
  /** A PATH that does not exist or cannot be listed: reported as unreadable, in order. */
  | { readonly kind: 'missing'; readonly file: string; readonly message: string };

export function isScannedExtension(file: string): boolean {
  return SCANNED_EXTENSIONS.indexOf(path.extname(file).toLowerCase()) >= 0;
}

function describe(error: unknown): string {
  if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return 'no such file or folder';
  if (error instanceof Error && 'code' in error && error.code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

function realpathOr(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
}

function walk(folder: string, out: Input[], skipped: string[], seen: Set<string>): void {
  // A symbolic link back up the tree would otherwise recurse for ever.
  const real = realpathOr(folder);
  if (seen.has(real)) return;
  seen.add(real);
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch (error: unknown) {
    out.push({ kind: 'missing', file: folder, message: describe(error) });
    return;
  }
  for (const name of names) {
    const full = path.join(folder, name);
    const info = statOrUndefined(full);
    if (info?.isDirectory()) walk(full, out, skipped, seen);
    else if (info?.isFile() && isScannedExtension(full)) out.push({ kind: 'file', file: full });
    else if (info?.isFile()) skipped.push(full);
  }
}

/**
 * Files to scan, in argument order. A file named on the command line is always scanned (its content
 * decides the format); inside folders only {@link SCANNED_EXTENSIONS} are, the rest listed in `skipped`.
 */
export function expandInputs(paths: readonly string[]): { inputs: Input[]; skipped: string[] } {
  const inputs: Input[] = [];
  const skipped: string[] = [];
  for (const p of paths) {
    try {
      const info = statSync(p);
      if (info.isDirectory()) walk(p, inputs, skipped, new Set());
      else inputs.push({ kind: 'file', file: p });
    } catch (error: unknown) {
      inputs.push({ kind: 'missing', file: p, message: describe(error) });
    }
  }
  return { inputs, skipped };
}
