/**
 * The regular expressions of compiled dictionaries (words.ts), kept by dictionary id so that a process can
 * be handed the ones another built: folding a long word list into its trie-shaped regex is a good part of
 * a short scan's CPU time, and the result depends only on the list. The CLI keeps them between runs next
 * to its code cache and hands them to its worker threads (src/cli/dictionary-cache.ts); the add-in never
 * hands any in and builds each dictionary on first use, as before.
 *
 * A regex handed in is used only as the regex of exactly the dictionary whose id it was built for; one that
 * does not compile is ignored and the dictionary is built from its list.
 */

/** A dictionary's regex as data: its id (shape and entries, words.ts), source and flags. */
export type DictionarySource = readonly [id: string, source: string, flags: string];

const given = new Map<string, DictionarySource>();
let built: DictionarySource[] = [];
/** A process that never takes them (the add-in) keeps only the latest this many. */
const MAX_BUILT = 256;

/** Regexes built elsewhere for these dictionaries; a later one for the same id replaces an earlier one. */
export function useDictionarySources(sources: readonly DictionarySource[]): void {
  for (const entry of sources) given.set(entry[0], entry);
}

/** The regexes this process built since the last call (each once), for the caller to keep or pass on. */
export function takeBuiltDictionarySources(): DictionarySource[] {
  const taken = built;
  built = [];
  return taken;
}

/** The regex of dictionary `id`: from a source handed in when there is one that compiles, else `build()`. */
export function dictionaryRegex(id: string, build: () => RegExp): RegExp {
  const known = given.get(id);
  if (known !== undefined) {
    try {
      return new RegExp(known[1], known[2]);
    } catch {
      given.delete(id);
    }
  }
  const regex = build();
  if (built.length >= MAX_BUILT) built.shift();
  built.push([id, regex.source, regex.flags]);
  return regex;
}
