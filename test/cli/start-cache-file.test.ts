/**
 * The code-cache file and its folders (src/cli/start): a cache is used only for the exact bundle bytes and
 * runtime it was made for, whole; one that cannot be written is no error.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleOf, startFileOf } from '../../src/cli/start/bundle-files';
import {
  cacheFileName,
  decodeCache,
  encodeCache,
  keyOf,
  readCache,
  writeCache,
} from '../../src/cli/start/cache-file';
import { cacheFolders, userCacheFolder } from '../../src/cli/start/cache-folders';

const SOURCE = Buffer.from('"use strict";console.log("one");\n');
const DATA = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) & 0xff));
const KEY = keyOf(SOURCE, 'v20.0.0 v8-11 x64');
const FILE = encodeCache(KEY, DATA);

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mailguard-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('decodeCache', () => {
  it('gives back the data for the key it was written for', () => {
    expect(decodeCache(FILE, KEY)?.equals(DATA)).toBe(true);
  });

  const flipped = (at: number): Buffer => {
    const copy = Buffer.from(FILE);
    copy[at] = (copy[at] as number) ^ 0x01;
    return copy;
  };
  const sameLength = Buffer.from(SOURCE.toString().replace('one', 'two'));
  it.each<[string, Buffer, ReturnType<typeof keyOf>]>([
    ['a rebuilt bundle of the same length (stale)', FILE, keyOf(sameLength, 'v20.0.0 v8-11 x64')],
    ['another bundle (foreign)', FILE, keyOf(Buffer.from('other'), 'v20.0.0 v8-11 x64')],
    ['another Node or architecture', FILE, keyOf(SOURCE, 'v22.0.0 v8-12 arm64')],
    ['a file cut short (truncated)', FILE.subarray(0, FILE.length - 1), KEY],
    ['a file cut inside the header', FILE.subarray(0, 10), KEY],
    ['an empty file', Buffer.alloc(0), KEY],
    ['a flipped bit in the data (corrupt)', flipped(FILE.length - 100), KEY],
    ['a flipped bit in the header', flipped(9), KEY],
    ['another file format', Buffer.from('not a cache at all, just some text of some length'), KEY],
    ['extra bytes after the data', Buffer.concat([FILE, Buffer.from([0])]), KEY],
  ])('ignores %s', (_, file, key) => {
    expect(decodeCache(file, key)).toBeUndefined();
  });
});

describe('readCache and writeCache', () => {
  it('writes through a temporary file and reads the result back', () => {
    const file = path.join(dir, 'sub', 'c.v8cache');
    expect(writeCache([file], FILE)).toBe(file);
    expect(readdirSync(path.dirname(file))).toEqual(['c.v8cache']);
    expect(readCache([file], KEY)?.equals(DATA)).toBe(true);
  });

  it('falls back to the next folder when one cannot be written, and leaves nothing behind', () => {
    const blocker = path.join(dir, 'a-file');
    writeFileSync(blocker, 'x');
    const unwritable = path.join(blocker, 'cache', 'c.v8cache');
    const second = path.join(dir, 'user', 'c.v8cache');
    expect(writeCache([unwritable, second], FILE)).toBe(second);
    expect(readFileSync(blocker, 'utf8')).toBe('x');
  });

  it('returns undefined, without throwing, when no folder can be written', () => {
    const blocker = path.join(dir, 'a-file');
    writeFileSync(blocker, 'x');
    expect(writeCache([path.join(blocker, 'c.v8cache')], FILE)).toBeUndefined();
    expect(readdirSync(dir)).toEqual(['a-file']);
  });

  it('skips missing and unusable files and reads the first good one', () => {
    const bad = path.join(dir, 'bad.v8cache');
    const good = path.join(dir, 'good.v8cache');
    writeFileSync(bad, FILE.subarray(0, 40));
    writeFileSync(good, FILE);
    expect(readCache([path.join(dir, 'missing'), bad, good], KEY)?.equals(DATA)).toBe(true);
    expect(readCache([path.join(dir, 'missing'), bad], KEY)).toBeUndefined();
  });

  it('names the file after the bundle path and runtime', () => {
    const a = cacheFileName('/opt/a/mailguard.bundle.cjs', 'r1');
    expect(a).toMatch(/^mailguard-[0-9a-f]{8}-[0-9a-f]{8}\.v8cache$/);
    expect(cacheFileName('/opt/b/mailguard.bundle.cjs', 'r1')).not.toBe(a);
    expect(cacheFileName('/opt/a/mailguard.bundle.cjs', 'r2')).not.toBe(a);
    expect(existsSync(path.join(dir, a))).toBe(false);
  });
});

describe('cache folders', () => {
  const bundle = '/opt/mailguard/dist/node/mailguard.bundle.cjs';
  it.each<[string, NodeJS.ProcessEnv, string[]]>([
    ['next to the bundle, then the user cache', {}, ['/opt/mailguard/dist/node', '/home/u/.cache/mailguard']],
    ['none when turned off', { MAILGUARD_COMPILE_CACHE: 'off' }, []],
    ['none for 0', { MAILGUARD_COMPILE_CACHE: '0' }, []],
    ['only the folder named', { MAILGUARD_COMPILE_CACHE: '/var/cache/mg' }, ['/var/cache/mg']],
  ])('%s', (_, env, expected) => {
    expect(cacheFolders(bundle, env, () => '/home/u/.cache/mailguard')).toEqual(expected);
  });

  it('is only the bundle folder without a user cache folder', () => {
    expect(cacheFolders(bundle, {}, () => undefined)).toEqual(['/opt/mailguard/dist/node']);
  });

  it.each<[NodeJS.Platform, NodeJS.ProcessEnv, string | undefined]>([
    ['linux', {}, path.join('/home/u', '.cache', 'mailguard')],
    ['linux', { XDG_CACHE_HOME: '/xdg' }, path.join('/xdg', 'mailguard')],
    ['linux', { XDG_CACHE_HOME: 'relative' }, path.join('/home/u', '.cache', 'mailguard')],
    ['darwin', {}, path.join('/home/u', 'Library', 'Caches', 'mailguard')],
    [
      'win32',
      { LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' },
      path.join('C:\\Users\\u\\AppData\\Local', 'mailguard', 'Cache'),
    ],
  ])('the user cache folder on %s %j', (platform, env, expected) => {
    expect(userCacheFolder(env, platform, () => '/home/u')).toBe(expected);
  });

  it('has no user cache folder without a home', () => {
    expect(userCacheFolder({}, 'linux', () => '')).toBeUndefined();
    expect(
      userCacheFolder({}, 'linux', () => {
        throw new Error('no home');
      }),
    ).toBeUndefined();
  });
});

describe('bundle files', () => {
  it('pairs the start file and the bundle both ways', () => {
    expect(bundleOf('/x/mailguard.cjs')).toBe('/x/mailguard.bundle.cjs');
    expect(startFileOf('/x/mailguard.bundle.cjs')).toBe('/x/mailguard.cjs');
    expect(startFileOf('/x/old-single-file.cjs')).toBe('/x/old-single-file.cjs');
  });
});
