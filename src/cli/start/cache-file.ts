/**
 * The code-cache file: V8's cached data for the CLI bundle, with a header that ties it to the exact bundle
 * bytes and runtime it was made for. V8 itself checks only its version, flags and the source's length, so
 * a rebuilt bundle of the same length would otherwise run with the old bundle's compiled code.
 *
 * Layout (little-endian): magic `MGV8CC01` · crc32 of the bundle · bundle length · crc32 of the runtime
 * (Node version, V8 version, architecture) · data length · crc32 of the data · the data. A file that does
 * not match in every field (stale, truncated, another bundle's, corrupt) is not used.
 *
 * The bundle's own data kept beside it (the dictionaries' regexes, src/cli/dictionary-cache.ts) uses the
 * same layout and checks under another magic (`MGSIDE01`) and file extension: it is as much tied to the
 * bundle that made it.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';

/** What a cache file starts with: the kind of data it holds, 8 bytes. */
export const CODE_CACHE = Buffer.from('MGV8CC01', 'latin1');
export const SIDE_CACHE = Buffer.from('MGSIDE01', 'latin1');
const MAGIC_LENGTH = 8;
const HEADER = MAGIC_LENGTH + 5 * 4;

/** What a cache file must match: the bundle's bytes and the runtime. */
export interface CacheKey {
  readonly sourceCrc: number;
  readonly sourceLength: number;
  readonly runtimeCrc: number;
}

/** Node, V8 and the CPU architecture: cached code is only valid for the runtime that made it. */
export function runtimeId(): string {
  return `${process.version} v8-${process.versions.v8} ${process.arch}`;
}

export function keyOf(source: Buffer, runtime: string = runtimeId()): CacheKey {
  return { sourceCrc: crc32(source), sourceLength: source.length, runtimeCrc: crc32(runtime) };
}

/**
 * The file name within a cache folder: per bundle path (one user folder may serve several installs).
 * `extension` tells the code cache (`.v8cache`) from the bundle's own cached data.
 */
export function cacheFileName(bundle: string, runtime: string = runtimeId(), extension = '.v8cache'): string {
  const id = (crc32(path.resolve(bundle)) >>> 0).toString(16).padStart(8, '0');
  const rt = (crc32(runtime) >>> 0).toString(16).padStart(8, '0');
  return `mailguard-${id}-${rt}${extension}`;
}

export function encodeCache(key: CacheKey, data: Buffer, magic: Buffer = CODE_CACHE): Buffer {
  const header = Buffer.alloc(HEADER);
  magic.copy(header, 0, 0, MAGIC_LENGTH);
  let at = MAGIC_LENGTH;
  for (const field of [key.sourceCrc, key.sourceLength, key.runtimeCrc, data.length, crc32(data)])
    at = header.writeUInt32LE(field >>> 0, at);
  return Buffer.concat([header, data]);
}

/** The cached data in `file` when it was made for `key` and is whole; otherwise undefined. */
export function decodeCache(file: Buffer, key: CacheKey, magic: Buffer = CODE_CACHE): Buffer | undefined {
  if (file.length < HEADER || !file.subarray(0, MAGIC_LENGTH).equals(magic)) return undefined;
  const field = (i: number): number => file.readUInt32LE(MAGIC_LENGTH + 4 * i);
  if (field(0) !== key.sourceCrc >>> 0 || field(1) !== key.sourceLength >>> 0) return undefined;
  if (field(2) !== key.runtimeCrc >>> 0) return undefined;
  const data = file.subarray(HEADER);
  if (data.length !== field(3) || crc32(data) >>> 0 !== field(4)) return undefined;
  return data;
}

/** Reads the first usable cache among `files`; missing or unreadable files are skipped. */
export function readCache(
  files: readonly string[],
  key: CacheKey,
  magic: Buffer = CODE_CACHE,
): Buffer | undefined {
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      continue;
    }
    const data = decodeCache(bytes, key, magic);
    if (data) return data;
  }
  return undefined;
}

/**
 * Writes the cache into the first of `files` whose folder can take it: a temporary file in the same folder,
 * then a rename, so a reader (another run, a worker thread) sees the old file or the whole new one, never
 * part of one. A folder made here is private to the user. Returns the file written, or undefined when none
 * could be (a read-only install without a user cache folder): the CLI then simply runs uncached.
 */
export function writeCache(files: readonly string[], contents: Buffer): string | undefined {
  for (const file of files) {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      // No fsync: a file cut short by a crash fails its length and checksum and is simply not used.
      writeFileSync(temporary, contents, { flag: 'wx', mode: 0o600 });
      renameSync(temporary, file);
      return file;
    } catch {
      removeQuietly(temporary);
    }
  }
  return undefined;
}

/** Removes a file if it is there; a folder that cannot be listed at all is no error either. */
function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Nothing was written there.
  }
}
