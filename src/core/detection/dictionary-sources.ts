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

/**
 * A dictionary's regex as data: its id (shape and entries, words.ts), source and flags. Other facts derived
 * from a list alone (how a long one is cut into pieces, dictionary-pieces.ts) travel the same way, with
 * {@link DATA_FLAGS} in place of flags.
 */
export type DictionarySource = readonly [id: string, source: string, flags: string];

/** Marks an entry as data, not a regex: no valid regex has these flags, so neither is taken for the other. */
const DATA_FLAGS = 'data';

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

function remember(entry: DictionarySource): void {
  if (built.length >= MAX_BUILT) built.shift();
  built.push(entry);
}

/** The regex of dictionary `id`: from a source handed in when there is one that compiles, else `build()`. */
export function dictionaryRegex(id: string, build: () => RegExp): RegExp {
  const known = given.get(id);
  if (known !== undefined && known[2] !== DATA_FLAGS) {
    try {
      return new RegExp(known[1], known[2]);
    } catch {
      given.delete(id);
    }
  }
  const regex = build();
  remember([id, regex.source, regex.flags]);
  return regex;
}

/** What `build()` derives from dictionary `id`'s list: from an entry handed in when there is one, else built. */
export function dictionaryData(id: string, build: () => string): string {
  const known = given.get(id);
  if (known !== undefined && known[2] === DATA_FLAGS) return known[1];
  const data = build();
  remember([id, data, DATA_FLAGS]);
  return data;
}
