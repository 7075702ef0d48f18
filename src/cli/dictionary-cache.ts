/**
 * The detection dictionaries' regexes between runs and across worker threads
 * (src/core/detection/dictionary-sources.ts): folding the word lists into their regexes is the same work on
 * every start and in every worker, so the CLI keeps the result beside its code cache, tied to the same
 * bundle and runtime (src/cli/start/cache-file.ts), and hands it to its workers. A regex for a list is used
 * only for exactly that list, so what a scan finds does not change; a missing, stale or damaged file means
 * the dictionaries are built as before.
 */
import {
  takeBuiltDictionarySources,
  useDictionarySources,
  type DictionarySource,
} from '../core/detection/dictionary-sources';
import { SIDE_CACHE_KEY, type SideCache } from './start/bundle-files';

const NAME = 'dictionaries';
/** Most regexes kept: beyond that (many policies' own lists) only the latest run's are kept. */
const MAX_KEPT = 128;

/** The start file's side cache, when the bundle runs from it with the cache on. */
function offeredCache(): SideCache | undefined {
  return (globalThis as Record<symbol, SideCache | undefined>)[Symbol.for(SIDE_CACHE_KEY)];
}

const isSource = (value: unknown): value is DictionarySource =>
  Array.isArray(value) && value.length === 3 && value.every((part) => typeof part === 'string');

/** The `[id, source, flags]` entries of a kept file, or of a worker's message; anything else is dropped. */
export function sourcesIn(value: unknown): DictionarySource[] {
  return Array.isArray(value) ? value.filter(isSource) : [];
}

function parse(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Hands the kept regexes to this thread's detection; returns them, for the worker threads. */
export function loadDictionarySources(cache = offeredCache()): DictionarySource[] {
  const bytes = cache?.read(NAME);
  const sources = bytes === undefined ? [] : sourcesIn(parse(bytes));
  useDictionarySources(sources);
  return sources;
}

/**
 * Keeps the regexes `known` at start with those built since, on this thread or reported by workers
 * (`learned`); writes only when there is something new. Returns whether it wrote.
 */
export function keepDictionarySources(
  known: readonly DictionarySource[],
  learned: readonly DictionarySource[],
  cache = offeredCache(),
): boolean {
  const fresh = [...learned, ...takeBuiltDictionarySources()];
  if (fresh.length === 0 || cache === undefined) return false;
  const freshById = new Map(fresh.map((entry) => [entry[0], entry]));
  const byId = new Map(known.map((entry) => [entry[0], entry]));
  for (const [id, entry] of freshById) byId.set(id, entry);
  const kept = [...(byId.size <= MAX_KEPT ? byId : freshById).values()].slice(-MAX_KEPT);
  return cache.write(NAME, Buffer.from(JSON.stringify(kept)));
}
