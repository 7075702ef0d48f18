/**
 * Where the CLI keeps its code cache (docs/cli.md "Start-up cache"): next to the bundle when that folder is
 * writable, else in the user's cache folder; `MAILGUARD_COMPILE_CACHE` names another folder or `off`.
 */
import { homedir } from 'node:os';
import path from 'node:path';

/** The user's own cache folder for Mail Guard, by platform convention; undefined without a home. */
export function userCacheFolder(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: () => string = homedir,
): string | undefined {
  if (platform === 'win32' && env['LOCALAPPDATA'])
    return path.join(env['LOCALAPPDATA'], 'mailguard', 'Cache');
  const xdg = env['XDG_CACHE_HOME'];
  if (platform !== 'darwin' && xdg && path.isAbsolute(xdg)) return path.join(xdg, 'mailguard');
  let dir: string;
  try {
    dir = home();
  } catch {
    return undefined;
  }
  if (!dir) return undefined;
  return platform === 'darwin'
    ? path.join(dir, 'Library', 'Caches', 'mailguard')
    : path.join(dir, '.cache', 'mailguard');
}

/** Folders to read the cache from and write it to, in order of preference; empty: no cache. */
export function cacheFolders(
  bundle: string,
  env: NodeJS.ProcessEnv = process.env,
  user: () => string | undefined = () => userCacheFolder(env),
): string[] {
  const setting = env['MAILGUARD_COMPILE_CACHE']?.trim();
  if (setting === 'off' || setting === '0') return [];
  if (setting) return [path.resolve(setting)];
  const own = user();
  return [path.dirname(bundle), ...(own ? [own] : [])];
}
