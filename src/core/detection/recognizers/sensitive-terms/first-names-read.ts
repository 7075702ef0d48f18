/**
 * Reading the first-name lists: space-separated names, as the source writes them. (The on-send build merges
 * them into one lower-case word set instead: src/onsend/first-name-set-built.ts.)
 */

/** The names of a space-separated list. */
export function readNames(list: string): string[] {
  return list.split(/\s+/).filter((name) => name !== '');
}

/** One Set of the names of all `lists`. */
export function toNameSet(...lists: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const list of lists) for (const name of readNames(list)) set.add(name);
  return set;
}
