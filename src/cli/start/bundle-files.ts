/**
 * The two files `scripts/build-node.mjs` writes: a small start file (`mailguard.cjs`, what `bin/` requires)
 * and the bundle of the whole CLI next to it (`mailguard.bundle.cjs`), which the start file compiles with
 * V8's code cache (docs/adr/0042-cli-code-cache.md). Kept apart from the rest so the start file loads
 * nothing else.
 */

/** What the bundle's name adds to the start file's. scripts/build-node.mjs writes the same name. */
export const BUNDLE_SUFFIX = '.bundle.cjs';

/** The bundle that belongs to a start file (`…/mailguard.cjs` → `…/mailguard.bundle.cjs`). */
export function bundleOf(startFile: string): string {
  return startFile.replace(/\.cjs$/, '') + BUNDLE_SUFFIX;
}

/**
 * The start file of a bundle, which worker threads are started on so they use the code cache too; a file
 * that is not a bundle (an older single-file build) is its own start file.
 */
export function startFileOf(bundle: string): string {
  return bundle.endsWith(BUNDLE_SUFFIX) ? `${bundle.slice(0, -BUNDLE_SUFFIX.length)}.cjs` : bundle;
}

/**
 * Where the start file hands the bundle a working `import()` (globalThis, under this registered symbol).
 * V8 forgets a script's dynamic-import handler when it is compiled from cached data (Node 20), so the
 * bundle's `import()` of ESM packages (pdf.js, openid-client) goes through this function, compiled by Node's
 * own loader, instead; the build rewrites those calls (scripts/build-node.mjs).
 */
export const IMPORT_ESM_KEY = 'mailguard.importEsm';

/**
 * Where the start file offers the bundle a file of its own data beside the code cache, in the same folders
 * and tied to the same bundle bytes and runtime (src/cli/start/cache-file.ts): a {@link SideCache}. Absent
 * when the cache is off or the bundle runs without the start file.
 */
export const SIDE_CACHE_KEY = 'mailguard.sideCache';

/** Named data of the bundle's, kept between runs; nothing about it is ever fatal. */
export interface SideCache {
  /** The data last written under `name` by this very bundle on this runtime, or undefined. */
  read(name: string): Buffer | undefined;
  /** Keeps `data` under `name` (a lower-case word); false when no folder could take it. */
  write(name: string, data: Buffer): boolean;
}
