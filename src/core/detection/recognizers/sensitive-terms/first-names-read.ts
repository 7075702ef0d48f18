/**
 * Reading the first-name lists: space-separated names, each possibly front-coded as the on-send build writes
 * a sorted list ("Anna 3eli 3ika" for "Anna Anneli Annika": the first three letters of the name before it,
 * then "eli"). Names as written in the source have no digits, so they read as they stand.
 */

/** The names of a space-separated list, front-coded or not. */
export function readNames(list: string): string[] {
  const names: string[] = [];
  let previous = '';
  for (const token of list.split(/\s+/)) {
    if (token === '') continue;
    const shared = token.charCodeAt(0) - 48;
    previous = shared >= 0 && shared <= 9 ? previous.slice(0, shared) + token.slice(1) : token;
    names.push(previous);
  }
  return names;
}

/** One Set of the names of all `lists`. */
export function toNameSet(...lists: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const list of lists) for (const name of readNames(list)) set.add(name);
  return set;
}
