/**
 * The code-cache file: V8's cached data for the CLI bundle, with a header that ties it to the exact bundle
 * bytes and runtime it was made for. V8 itself checks only its version, flags and the source's length, so
 * a rebuilt bundle of the same length would otherwise run with the old bundle's compiled code.
 *
 * Layout (little-endian): magic `MGV8CC01` · crc32 of the bundle · bundle length · crc32 of the runtime
 * (Node version, V8 version, architecture) · data length · crc32 of the data · the data. A file that does
 * not match in every field (stale, truncated, another bundle's, corrupt) is not used.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';

const MAGIC = Buffer.from('MGV8CC01', 'latin1');
const HEADER = MAGIC.length + 5 * 4;

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

/** The file name within a cache folder: per bundle path (one user folder may serve several installs). */
export function cacheFileName(bundle: string, runtime: string = runtimeId()): string {
  const id = (crc32(path.resolve(bundle)) >>> 0).toString(16).padStart(8, '0');
  const rt = (crc32(runtime) >>> 0).toString(16).padStart(8, '0');
  return `mailguard-${id}-${rt}.v8cache`;
}

export function encodeCache(key: CacheKey, data: Buffer): Buffer {
  const header = Buffer.alloc(HEADER);
  MAGIC.copy(header, 0);
  let at = MAGIC.length;
  for (const field of [key.sourceCrc, key.sourceLength, key.runtimeCrc, data.length, crc32(data)])
    at = header.writeUInt32LE(field >>> 0, at);
  return Buffer.concat([header, data]);
}

/** The cached data in `file` when it was made for `key` and is whole; otherwise undefined. */
export function decodeCache(file: Buffer, key: CacheKey): Buffer | undefined {
  if (file.length < HEADER || !file.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const field = (i: number): number => file.readUInt32LE(MAGIC.length + 4 * i);
  if (field(0) !== key.sourceCrc >>> 0 || field(1) !== key.sourceLength >>> 0) return undefined;
  if (field(2) !== key.runtimeCrc >>> 0) return undefined;
  const data = file.subarray(HEADER);
  if (data.length !== field(3) || crc32(data) >>> 0 !== field(4)) return undefined;
  return data;
}

/** Reads the first usable cache among `files`; missing or unreadable files are skipped. */
export function readCache(files: readonly string[], key: CacheKey): Buffer | undefined {
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      continue;
    }
    const data = decodeCache(bytes, key);
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
