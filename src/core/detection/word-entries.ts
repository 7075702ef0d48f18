/**
 * Which listed entry a dictionary match belongs to (words.ts): a matched word is looked up by its
 * normalised key, and a stem (`sjukskriv*`) by the longest prefix that is a stem key.
 */
import type { Alternative } from './word-regex';

/**
 * - `plain`: every key is lower case with single spaces between words, so a matched word that is itself a
 *   key needs no normalising to be found (the common case: one table look-up per match);
 * - `longestStem`: the longest stem key; a stem is looked for only among prefixes this long or shorter.
 */
export interface EntryLookup {
  readonly plain: boolean;
  readonly longestStem: number;
}

export function lookupFor(alternatives: readonly Alternative[]): EntryLookup {
  let plain = true;
  let longestStem = 0;
  for (const alt of alternatives) {
    if (alt.key !== alt.key.toLowerCase() || !/^(?:\S+ )*\S+$/.test(alt.key)) plain = false;
    if (alt.stem && alt.key.length > longestStem) longestStem = alt.key.length;
  }
  return { plain, longestStem };
}

/** The listed entry of `matched` (stems resolve to their `*` entry), or `matched` itself when none. */
export function entryIn(
  byKey: { readonly [key: string]: string },
  lookup: EntryLookup,
  matched: string,
): string {
  if (lookup.plain) {
    // `matched` equal to a plain key is already what the normalising below would make of it.
    const exact = byKey[matched];
    if (exact !== undefined) return exact;
  }
  const key = matched.toLowerCase().replace(/\s+/g, ' ');
  const exact = byKey[key];
  if (exact !== undefined) return exact;
  for (let len = Math.min(key.length - 1, lookup.longestStem); len > 0; len--) {
    const stem = byKey[key.slice(0, len)];
    if (stem !== undefined && stem.charAt(stem.length - 1) === '*') return stem;
  }
  return matched;
}
