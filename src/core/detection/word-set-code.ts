/**
 * Reads a word list the on-send build wrote front-coded (scripts/word-lists-loader.cjs, ADR 0053): the
 * items sorted, joined with `|`, and each item that shares its first 2 to 26 characters with the one before
 * written as a capital `B` to `Z` (2 to 26) and the rest. Only lists used as sets are written so (no capital
 * letters in them, order of no consequence); the source keeps them as plain arrays.
 */
export function readWordSet(coded: string): string[] {
  const items: string[] = [];
  let previous = '';
  for (const part of coded.split('|')) {
    const shared = part.charCodeAt(0) - 64;
    previous = shared >= 2 && shared <= 26 ? previous.slice(0, shared) + part.slice(1) : part;
    items.push(previous);
  }
  return items;
}
