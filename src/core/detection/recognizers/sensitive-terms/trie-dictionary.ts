/**
 * `compileDictionary` with the alternation folded into a trie: `sjuk(?:skriv[…]*|anmäl[…]*|…)` instead of
 * `sjukskriv[…]*|sjukanmäl[…]*|…`. JavaScript engines try alternatives one by one, so a flat list of a few
 * hundred words costs a few hundred tests at every word start; the trie costs one test per character.
 * Same entries, same `Dictionary` shape and the same matches as `compileDictionary` for the recognizers'
 * lists (a test checks this). Longer continuations are tried first, as in the flat form. The shapes are
 * built in `../../word-regex.ts`, on first use.
 */
import { compileTrieShaped, type Dictionary } from '../../words';

/** Compile entries (case-insensitive; `*` suffix = stem) into one trie-shaped matcher. */
export function compileTrieDictionary(entries: readonly string[]): Dictionary {
  return compileTrieShaped(entries);
}
