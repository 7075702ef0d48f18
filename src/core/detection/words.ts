/**
 * Whole-word dictionary matching on lower-cased text, with word boundaries that treat å, ä, ö, æ, ø, é
 * and the other Latin letters as letters (JavaScript's `\b` is ASCII-only). A word ending in `*` matches
 * as a stem: `sjukskriv*` covers sjukskriven, sjukskrivning, sjukskrivningen.
 * A whole dictionary compiles into ONE regular expression, so the text is walked once per dictionary.
 */
import { dictionaryData, dictionaryRegex } from './dictionary-sources';
import { alternativesOf, flatRegex, trieAgreesWithFlat, trieRegex, WORD_CHARS } from './word-regex';
import type { Alternative } from './word-regex';
import { cutOf, eachPieceMatch, piecesAt } from './dictionary-pieces';
import { warmRegex } from './regex-warm';
import { entryIn, lookupFor, type EntryLookup } from './word-entries';

export { WORD_CHARS } from './word-regex';
const WORD_CHAR = new RegExp(`[${WORD_CHARS}]`);

export interface WordMatch {
  readonly start: number;
  readonly end: number;
  /** The dictionary entry that matched (as written in the list, `*` included). */
  readonly word: string;
}

/** A compiled dictionary. */
export interface Dictionary {
  readonly regex: RegExp;
  readonly entries: readonly string[];
  /** Lower-cased entry (without `*`) -> entry as listed. */
  readonly byKey: { readonly [key: string]: string };
}

/** Which regex a dictionary stands for: the flat alternation, or the trie-shaped one (word-regex.ts). */
export type DictionaryShape = 'flat' | 'trie';

/** What a dictionary compiles to. */
interface Compiled {
  /** Shape and entries: what the regex is built from (dictionary-sources.ts keeps regexes by it). */
  readonly id: string;
  readonly keys: ReturnType<typeof alternativesOf>;
  /** How to find a matched word's entry quickly (see `entryFor`). */
  readonly lookup: EntryLookup;
  /** The whole regex, built (or handed in) but not run yet. */
  whole: RegExp | undefined;
  /** The whole regex once it is to be run (compiled at once, regex-warm.ts). */
  regex: RegExp | undefined;
  /** The regex cut by first letter when it is too long to run fast (dictionary-pieces.ts); else [regex]. */
  pieces: readonly RegExp[] | undefined;
  trie: boolean | undefined;
}

/**
 * Compiled lists by shape and content: a caller that compiles the same list for every scan (the engine's
 * context gate) compiles it once. Bounded: cleared when full.
 */
const COMPILED = new Map<string, Compiled>();
const MAX_COMPILED = 256;

function compiledFor(entries: readonly string[], shape: DictionaryShape): Compiled {
  const id = `${shape}:${JSON.stringify(entries)}`;
  let found = COMPILED.get(id);
  if (found === undefined) {
    if (COMPILED.size >= MAX_COMPILED) COMPILED.clear();
    const keys = alternativesOf(entries);
    found = {
      id,
      keys,
      lookup: lookupFor(keys.alternatives),
      whole: undefined,
      regex: undefined,
      pieces: undefined,
      trie: undefined,
    };
    COMPILED.set(id, found);
  }
  return found;
}

/**
 * A dictionary compiled on first use, not at module load: the recognizers' lists would otherwise cost
 * every start of the CLI and of the on-send check, also when nothing is scanned.
 */
class LazyDictionary implements Dictionary {
  private compiled: Compiled | undefined;

  constructor(
    readonly entries: readonly string[],
    private readonly shape: DictionaryShape,
  ) {}

  private get parts(): Compiled {
    if (this.compiled === undefined) this.compiled = compiledFor(this.entries, this.shape);
    return this.compiled;
  }

  get byKey(): { readonly [key: string]: string } {
    return this.parts.keys.byKey;
  }

  /** Which listed entry a matched word belongs to (stems resolve to their `*` entry). */
  entryOf(matched: string): string {
    const parts = this.parts;
    return entryIn(parts.keys.byKey, parts.lookup, matched);
  }

  get regex(): RegExp {
    const parts = this.parts;
    if (parts.regex === undefined) parts.regex = warmRegex(this.whole(parts));
    return parts.regex;
  }

  /** The regexes to run, whose merged matches are the regex's (one, unless it is too long to run fast). */
  get pieces(): readonly RegExp[] {
    const parts = this.parts;
    if (parts.pieces === undefined) {
      const { alternatives } = parts.keys;
      const sourceOf = (group: readonly Alternative[]): string => this.builder(parts)(group).source;
      const cut = dictionaryData(`${parts.id}@cut`, () =>
        cutOf(alternatives, () => this.whole(parts).source.length, sourceOf),
      );
      const groups = piecesAt(alternatives, cut);
      parts.pieces =
        groups === undefined
          ? [this.regex]
          : groups.map((group) =>
              warmRegex(
                dictionaryRegex(`${parts.id}#${group.map((alt) => alt.key).join('|')}`, () =>
                  this.builder(parts)(group),
                ),
              ),
            );
    }
    return parts.pieces;
  }

  private whole(parts: Compiled): RegExp {
    if (parts.whole === undefined) {
      const { alternatives } = parts.keys;
      parts.whole = dictionaryRegex(parts.id, () => this.builder(parts)(alternatives));
    }
    return parts.whole;
  }

  /** The regex shape this list runs in: trie when asked for or when it finds the same as flat. */
  private builder(parts: Compiled): (alternatives: readonly Alternative[]) => RegExp {
    return this.isTrie(parts) ? trieRegex : flatRegex;
  }

  private isTrie(parts: Compiled): boolean {
    if (parts.trie === undefined)
      parts.trie = this.shape === 'trie' || trieAgreesWithFlat(parts.keys.alternatives);
    return parts.trie;
  }
}

/**
 * Compile a list of words/phrases (case-insensitive; `*` suffix = stem) into one matcher, on first use.
 * Its matches are those of the flat alternation, longest entry first; when the trie-shaped regex finds the
 * same (nearly always), that faster shape is the one run.
 */
export function compileDictionary(entries: readonly string[]): Dictionary {
  return new LazyDictionary(entries, 'flat');
}

/** The trie-shaped matcher for `entries`, whatever the flat order would pick (trie-dictionary.ts). */
export function compileTrieShaped(entries: readonly string[]): Dictionary {
  return new LazyDictionary(entries, 'trie');
}

/** Which listed entry a matched word belongs to (stems resolve to their `*` entry). */
function entryFor(dict: Dictionary, matched: string): string {
  if (dict instanceof LazyDictionary) return dict.entryOf(matched);
  const key = matched.toLowerCase().replace(/\s+/g, ' ');
  const exact = dict.byKey[key];
  if (exact !== undefined) return exact;
  for (let len = key.length - 1; len > 0; len--) {
    const stem = dict.byKey[key.slice(0, len)];
    if (stem !== undefined && stem.charAt(stem.length - 1) === '*') return stem;
  }
  return matched;
}

/** Every whole-word match of the dictionary in `lower` (already lower-cased), optionally within a range. */
export function findWords(dict: Dictionary, lower: string, from = 0, to = lower.length): WordMatch[] {
  const matches: WordMatch[] = [];
  const slice = from === 0 && to === lower.length ? lower : lower.slice(from, to);
  const found = (m: RegExpExecArray): boolean => {
    const word = m[1] ?? '';
    const start = m.index + m[0].length - word.length;
    matches.push({ start: from + start, end: from + start + word.length, word: entryFor(dict, word) });
    return true;
  };
  if (dict instanceof LazyDictionary && dict.pieces.length > 1) {
    eachPieceMatch(dict.pieces, slice, found);
    return matches;
  }
  const re = dict.regex;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    found(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return matches;
}

/** First entry of the dictionary found in `lower`, or undefined. */
export function firstWord(dict: Dictionary, lower: string): string | undefined {
  if (dict instanceof LazyDictionary && dict.pieces.length > 1) {
    let first: string | undefined;
    eachPieceMatch(dict.pieces, lower, (m) => {
      first = entryFor(dict, m[1] ?? '');
      return false;
    });
    return first;
  }
  dict.regex.lastIndex = 0;
  const m = dict.regex.exec(lower);
  return m === null ? undefined : entryFor(dict, m[1] ?? '');
}

/** Whether the character at `i` continues a word. */
export function isWordChar(text: string, i: number): boolean {
  return i >= 0 && i < text.length && WORD_CHAR.test(text.charAt(i).toLowerCase());
}
