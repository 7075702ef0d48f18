/**
 * Remembers what extraction made of an attachment, so the re-scans triggered by body edits do not extract
 * every attachment again. Keyed by name, type and a hash of the bytes; results that depend on a time budget
 * (`partial`, `failed`) are not kept.
 */
import type { ExtractionResult } from '../../core/extraction/types';
import type { Scanner } from './scanner';

/** Attachments remembered at once: a draft rarely has more, and each entry holds extracted text only. */
export const CACHED_ATTACHMENTS = 16;

/** FNV-1a over the bytes, two lanes for 64 bits: only detects change, not a security hash. */
function hashBytes(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    a = Math.imul(a ^ byte, 0x01000193);
    b = Math.imul(b ^ byte, 0x01000193);
  }
  return `${(a >>> 0).toString(16)}${(b >>> 0).toString(16)}`;
}

/** Wraps a scanner's `extract` with a small least-recently-used cache. */
export function withExtractionCache(scanner: Scanner, capacity = CACHED_ATTACHMENTS): Scanner {
  const cache = new Map<string, ExtractionResult>();
  return {
    ...scanner,
    extract: async (bytes, name, options) => {
      const key = `${name}\u0000${options.contentType ?? ''}\u0000${bytes.length}\u0000${hashBytes(bytes)}`;
      const hit = cache.get(key);
      if (hit) {
        cache.delete(key);
        cache.set(key, hit); // most recently used goes last
        return hit;
      }
      const result = await scanner.extract(bytes, name, options);
      if (result.kind !== 'partial' && result.kind !== 'failed') {
        cache.set(key, result);
        if (cache.size > capacity) cache.delete(cache.keys().next().value as string);
      }
      return result;
    },
  };
}
