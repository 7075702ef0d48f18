/**
 * Loads the CLI bundle with V8's code cache (docs/adr/0042-cli-code-cache.md): compiling the 1 MB bundle
 * and the functions a command runs is a good part of a short command's CPU time, and V8 can skip it when
 * given the code it made last time. Node 22's `module.enableCompileCache()` does this for every module when
 * present; on Node 20 the bundle is compiled here as a `vm.Script` with the cached data of an earlier run.
 *
 * The cache is an optimisation only: a missing, stale, truncated, foreign or rejected cache means an
 * ordinary compile, and a cache that cannot be written (a read-only install without a user cache folder)
 * means none. Only errors of the bundle itself reach the caller.
 */
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';
import { IMPORT_ESM_KEY, SIDE_CACHE_KEY, type SideCache } from './bundle-files';
import {
  cacheFileName,
  encodeCache,
  keyOf,
  readCache,
  SIDE_CACHE,
  writeCache,
  type CacheKey,
} from './cache-file';

export interface LoadOptions {
  /** Folders for the cache, in order of preference; empty: no cache (see cache-folders.ts). */
  readonly folders: readonly string[];
  /** Whether this thread may write the cache (worker threads only read it). */
  readonly write: boolean;
}

/**
 * What happened to the cache, for tests and `MAILGUARD_DEBUG_START=1`: `off` (no folder), `node` (Node's
 * own compile cache), `used`, `rejected` (by V8: another V8 or flags), `compiled` (no usable cache file).
 */
export type CacheOutcome = 'off' | 'node' | 'used' | 'rejected' | 'compiled';

type EnableCompileCache = (dir: string) => { status: number };

/** Node 22's module compile cache; true when it is on. */
function enableNodeCompileCache(folders: readonly string[]): boolean {
  const node = Module as unknown as {
    enableCompileCache?: EnableCompileCache;
    constants?: { compileCacheStatus?: { ENABLED: number; ALREADY_ENABLED: number } };
  };
  const status = node.constants?.compileCacheStatus;
  if (typeof node.enableCompileCache !== 'function' || status === undefined) return false;
  for (const folder of folders) {
    try {
      const result = node.enableCompileCache(folder).status;
      if (result === status.ENABLED || result === status.ALREADY_ENABLED) return true;
    } catch {
      // Not a usable folder: try the next.
    }
  }
  return false;
}

/**
 * A working `import()` for the bundle: this file is compiled by Node's own loader, so its dynamic imports
 * resolve (from next to the bundle) where the bundle's own, compiled from cached data, would fail.
 */
function offerImport(): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(IMPORT_ESM_KEY)] = (specifier: string) =>
    import(specifier);
}

/** A side cache in the code cache's folders, for the bundle whose key `keyFor` gives (computed once). */
export function sideCache(bundle: string, options: LoadOptions, keyFor: () => CacheKey): SideCache {
  let key: CacheKey | undefined;
  const keyed = (): CacheKey => (key ??= keyFor());
  const filesOf = (name: string): string[] => {
    if (!/^[a-z]+$/.test(name)) throw new Error(`not a side cache name: ${name}`);
    return options.folders.map((folder) => path.join(folder, cacheFileName(bundle, undefined, `.${name}`)));
  };
  return {
    read: (name) => readCache(filesOf(name), keyed(), SIDE_CACHE),
    write: (name, data) =>
      options.write && writeCache(filesOf(name), encodeCache(keyed(), data, SIDE_CACHE)) !== undefined,
  };
}

function offerSideCache(cache: SideCache): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(SIDE_CACHE_KEY)] = cache;
}

/** Runs the bundle file as the CommonJS module it is; returns how the cache was used. */
export function loadBundle(bundle: string, options: LoadOptions): CacheOutcome {
  offerImport();
  if (options.folders.length === 0) {
    createRequire(bundle)(bundle);
    return 'off';
  }
  if (enableNodeCompileCache(options.folders)) {
    offerSideCache(sideCache(bundle, options, () => keyOf(readFileSync(bundle))));
    createRequire(bundle)(bundle);
    return 'node';
  }
  const bytes = readFileSync(bundle);
  const key = keyOf(bytes);
  offerSideCache(sideCache(bundle, options, () => key));
  const files = options.folders.map((folder) => path.join(folder, cacheFileName(bundle)));
  const cachedData = readCache(files, key);
  // The same wrapper as Node's own loader, so the bundle sees the usual module variables.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${bytes.toString('utf8')}\n})`;
  const script = new Script(wrapped, { filename: bundle, ...(cachedData ? { cachedData } : {}) });
  const outcome: CacheOutcome = !cachedData ? 'compiled' : script.cachedDataRejected ? 'rejected' : 'used';
  if (outcome !== 'used' && options.write) {
    // At exit the cached data also holds every function the command compiled on its way, not only the
    // bundle's top level, which is what a later run of the same command needs.
    process.once('exit', () => {
      try {
        writeCache(files, encodeCache(key, script.createCachedData()));
      } catch {
        // Never fatal: the next run compiles as this one did.
      }
    });
  }
  const run = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: { exports: unknown },
    filename: string,
    dirname: string,
  ) => void;
  const bundleModule = { exports: {}, id: bundle, filename: bundle, loaded: false };
  run.call(
    bundleModule.exports,
    bundleModule.exports,
    createRequire(bundle),
    bundleModule,
    bundle,
    path.dirname(bundle),
  );
  bundleModule.loaded = true;
  return outcome;
}
