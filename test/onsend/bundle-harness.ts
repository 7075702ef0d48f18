/**
 * Loads the BUILT on-send bundle (dist/onsend.js) into a bare `node:vm` context: ECMAScript built-ins minus
 * everything newer than ES2016 that the JavaScript-only runtime cannot be assumed to have, counted timers,
 * and a fake `Office`. No window, document, TextDecoder, atob, fetch, console or globalThis.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import type { HostEvent } from '../../src/addin';
import type { FakeOffice } from '../addin/fake-office';

export const ROOT = resolve(__dirname, '../..');
export const BUNDLE = join(ROOT, 'dist/onsend.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** What onsend.js is built from: the sources, the scripts the build runs and its webpack configuration. */
const BUILT_FROM = ['src/onsend', 'src/addin', 'src/core', 'scripts'];

const isStale = (): boolean => {
  const newest = Math.max(
    statSync(join(ROOT, 'webpack.config.js')).mtimeMs,
    ...BUILT_FROM.map((d) => newestSource(join(ROOT, d))),
  );
  return !existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < newest;
};

/**
 * Builds the onsend entry with webpack when the bundle is missing or older than its sources. Test files
 * run in parallel workers, so the build is serialised by a lock directory.
 */
export function ensureBundle(): string {
  const lock = join(ROOT, 'dist/.onsend-build.lock');
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - started > 120000)
        throw new Error(`could not take ${lock} (remove it if no build is running)`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (isStale()) {
      execFileSync(
        process.execPath,
        [
          join(ROOT, 'node_modules/webpack-cli/bin/cli.js'),
          '--mode',
          'production',
          '--config-name',
          'onsend',
        ],
        {
          cwd: ROOT,
          stdio: 'pipe',
        },
      );
    }
  } finally {
    rmdirSync(lock);
  }
  return readFileSync(BUNDLE, 'utf8');
}

/** Built-ins after ES2016, removed from the context so the bundle cannot lean on them by accident. */
const NEWER_THAN_ES2016 = `
  delete Object.entries; delete Object.values; delete Object.fromEntries; delete Object.getOwnPropertyDescriptors;
  delete String.prototype.padStart; delete String.prototype.padEnd; delete String.prototype.matchAll;
  delete String.prototype.replaceAll; delete String.prototype.at; delete String.prototype.trimStart; delete String.prototype.trimEnd;
  delete Array.prototype.flat; delete Array.prototype.flatMap; delete Array.prototype.at; delete Array.prototype.findLast;
  delete Promise.prototype.finally; delete Promise.allSettled; delete Promise.any;
  delete this.globalThis;
`;

/** ECMAScript built-ins the bundle uses in loops. */
const HOT_GLOBALS = [
  'Math',
  'String',
  'Array',
  'Object',
  'RegExp',
  'Uint8Array',
  'Int16Array',
  'Int32Array',
  'Map',
  'Set',
  'Promise',
  'JSON',
  'Error',
  'TypeError',
  'Number',
  'parseInt',
];

export interface LoadedBundle {
  readonly handler: (name: string) => (event: HostEvent) => void;
  /** Timers the bundle started and has not cleared or seen fire. */
  readonly pendingTimers: () => number;
  readonly globals: readonly string[];
  /** Clears whatever the bundle left running (a failing test must not hang the run). */
  dispose(): void;
}

export function loadBundle(source: string, fake: FakeOffice): LoadedBundle {
  const pending = new Set<ReturnType<typeof setTimeout>>();
  const sandbox = {
    Office: fake.office,
    setTimeout: (callback: () => void, ms: number) => {
      const handle = setTimeout(() => {
        pending.delete(handle);
        callback();
      }, ms);
      pending.add(handle);
      return handle;
    },
    clearTimeout: (handle: ReturnType<typeof setTimeout>) => {
      pending.delete(handle);
      clearTimeout(handle);
    },
  };
  const context = createContext(sandbox);
  runInContext(NEWER_THAN_ES2016, context);
  // The context's own built-ins passed in as parameters: node:vm routes every global look-up through an
  // interceptor, which makes hot loops (Math.imul per character...) many times slower than in any Outlook
  // runtime, enough to hit the handler's 3 s budget on a busy machine. Same objects, local bindings.
  const wrapped = `(function (${HOT_GLOBALS.join(', ')}) {\n${source}\n}).call(this, ${HOT_GLOBALS.join(', ')});`;
  runInContext(wrapped, context, { filename: 'onsend.js', lineOffset: -1 });
  return {
    handler: (name) => {
      const fn = fake.associated.get(name);
      if (!fn) throw new Error(`the bundle did not associate ${name}`);
      return fn;
    },
    pendingTimers: () => pending.size,
    globals: runInContext('Object.getOwnPropertyNames(this)', context) as string[],
    dispose: () => {
      pending.forEach((handle) => clearTimeout(handle));
      pending.clear();
    },
  };
}
