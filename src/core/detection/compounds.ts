/**
 * Nordic compounds are head-final: the last element carries the meaning. "jordnötsallergi" is an
 * allergy, "samtalsterapi" a therapy, while "insulinpump" and "blodtryckssensor" are devices. Swedish,
 * Norwegian and Danish write compounds as one word (linking -s-, -e-, -a-, -u- between the parts) or with a
 * hyphen ("KBT-terapi", "hälsokontroll-endpoint"); English writes them apart, so its compounds are phrases
 * and need nothing here.
 *
 * This module answers one question for any dictionary: which entry, if any, is the head of a word that is
 * not itself an entry. It is used by the sensitive-term dictionary (a compound whose head is a health word
 * is a health word) and by the technical dictionary (a compound whose head is a device is a device).
 */
import type { Dictionary } from './words';
import { trieSource } from './word-regex';
import { dictionaryRegex } from './dictionary-sources';

/** A head must be at least this long: shorter ones ("syk", "ill", "lege") end too many unrelated words. */
export const MIN_HEAD = 5;
/** The modifier before the head ("nöt" in nötallergi): at least this many letters. */
export const MIN_MODIFIER = 3;
/** Longer words are not compounds worth splitting (hashes, URLs, base64 in a mail body). */
const MAX_WORD = 40;

/**
 * Word beginnings that are prefixes, not compound modifiers: "cooperation" is not an operation,
 * "prediagnosis" not a diagnosis of "pre". Lower case.
 */
// prettier-ignore
const PREFIXES: readonly string[] = [
  'co', 'coo', 're', 'pre', 'non', 'anti', 'inter', 'sub', 'un', 'dis', 'over', 'under', 'multi', 'post', 'pro',
  'semi', 'micro', 'macro', 'self', 'auto', 'mis', 'o', 'van', 'miss', 'för', 'be', 'ge', 'an',
];
const PREFIX: { readonly [p: string]: true } = PREFIXES.reduce<{ [p: string]: true }>((acc, p) => {
  acc[p] = true;
  return acc;
}, {});

/**
 * Inflection endings a head may carry (definite and plural forms of sv/no/da nouns), longest first:
 * "allergin", "terapier", "pumparna". Only used when the bare head is an entry.
 */
// prettier-ignore
const ENDINGS: readonly string[] = [
  'erna', 'arna', 'orna', 'ene', 'ane', 'ende', 'er', 'ar', 'or', 'en', 'et', 'na', 'ne', 'n', 'r', 'e', 's',
];

/** A word's head: the dictionary entry it ends with, and where the head starts inside the word. */
export interface Head {
  readonly entry: string;
  /** Offset of the head inside the word (the modifier is `word.slice(0, at)`). */
  readonly at: number;
}

/** Single words of a dictionary that may be compound heads (phrases cannot be). */
export interface HeadLexicon {
  /** key (lower case, no `*`) -> entry as listed. */
  readonly exact: { readonly [key: string]: string };
  /** stem keys (entries ending in `*`) -> entry as listed. */
  readonly stems: { readonly [key: string]: string };
  readonly longest: number;
  /**
   * The first four letters of every head: a split point whose tail starts otherwise cannot hold a head, so
   * the (costlier) look-up with endings and stems is skipped there. Keeps the pass cheap on every word.
   */
  readonly starts: { readonly [first4: string]: true };
  /**
   * Those first four letters with three letters before them, as one regex: only a word it matches in can
   * have a head, so `findHeads` looks at those words alone instead of splitting every long word.
   */
  readonly inWord: RegExp;
}

/** Letters of a word in lower-cased text (no digits: "covid19" is not a compound). */
const LETTERS = 'a-z\u00DF-\u00F6\u00F8-\u00FF';
const LETTER = new RegExp(`[${LETTERS}]`);
const FOUR_LETTERS = new RegExp(`^[${LETTERS}]{4}$`);

interface HeadParts {
  readonly exact: { [key: string]: string };
  readonly stems: { [key: string]: string };
  readonly starts: { [first4: string]: true };
  readonly longest: number;
}

/** A head lexicon built on first use, so a dictionary's heads cost nothing until a scan needs them. */
class LazyHeadLexicon implements HeadLexicon {
  private built: HeadParts | undefined;
  private regex: RegExp | undefined;

  constructor(private readonly dict: Dictionary) {}

  private get parts(): HeadParts {
    if (this.built === undefined) this.built = headParts(this.dict);
    return this.built;
  }

  get exact(): { readonly [key: string]: string } {
    return this.parts.exact;
  }

  get stems(): { readonly [key: string]: string } {
    return this.parts.stems;
  }

  get starts(): { readonly [first4: string]: true } {
    return this.parts.starts;
  }

  get longest(): number {
    return this.parts.longest;
  }

  get inWord(): RegExp {
    if (this.regex === undefined) {
      // Starts with a character outside the letters can never lie inside a word of letters.
      const keys = Object.keys(this.parts.starts).filter((s) => FOUR_LETTERS.test(s));
      // Kept by its keys like a dictionary's own regex: the CLI need not fold them again on every start.
      this.regex = dictionaryRegex(`heads:${keys.join('|')}`, () => {
        const body = trieSource(keys.map((key) => ({ key, stem: false })));
        // Three letters, then a start; no lookbehind (the on-send runtime may lack it). `findHeads` moves on
        // to the end of the word after each match, so the consumed letters hide nothing.
        return new RegExp(body === '' ? '(?!)' : `[${LETTERS}]{${MIN_MODIFIER}}(?:${body})`, 'g');
      });
    }
    return this.regex;
  }
}

function headParts(dict: Dictionary): HeadParts {
  const exact: { [key: string]: string } = {};
  const stems: { [key: string]: string } = {};
  const starts: { [first4: string]: true } = {};
  let longest = 0;
  for (const key of Object.keys(dict.byKey)) {
    const entry = dict.byKey[key] ?? '';
    if (key.length < MIN_HEAD || /[^a-z\u00C0-\u024F]/.test(key)) continue;
    if (entry.charAt(entry.length - 1) === '*') stems[key] = entry;
    else exact[key] = entry;
    starts[key.slice(0, 4)] = true;
    if (key.length > longest) longest = key.length;
  }
  return { exact, stems, longest, starts };
}

/** The single-word entries of `dict` long enough to be heads (compiled on first use). */
export function headLexicon(dict: Dictionary): HeadLexicon {
  return new LazyHeadLexicon(dict);
}

function entryOfTail(tail: string, lex: HeadLexicon): string | undefined {
  const exact = lex.exact[tail];
  if (exact !== undefined) return exact;
  for (const ending of ENDINGS) {
    if (tail.length - ending.length < MIN_HEAD) continue;
    if (tail.slice(tail.length - ending.length) !== ending) continue;
    const bare = lex.exact[tail.slice(0, tail.length - ending.length)];
    if (bare !== undefined) return bare;
  }
  // A stem entry covers every continuation: "sjukskriv*" heads "deltidssjukskriven".
  for (let len = Math.min(tail.length, lex.longest); len >= MIN_HEAD; len--) {
    const stem = lex.stems[tail.slice(0, len)];
    if (stem !== undefined) return stem;
  }
  return undefined;
}

/**
 * The longest head of `word` (lower case, letters only) found in `lex`, or undefined. The word itself is
 * not a head of itself: whole-word matches are the dictionary's own job.
 */
export function headOf(word: string, lex: HeadLexicon): Head | undefined {
  if (word.length < MIN_MODIFIER + MIN_HEAD || word.length > MAX_WORD) return undefined;
  for (let at = MIN_MODIFIER; at <= word.length - MIN_HEAD; at++) {
    if (word.length - at > lex.longest + 4) continue; // longer than any head plus its longest ending
    if (lex.starts[word.slice(at, at + 4)] !== true || PREFIX[word.slice(0, at)] === true) continue;
    const entry = entryOfTail(word.slice(at), lex);
    if (entry !== undefined) return { entry, at };
  }
  return undefined;
}

/** A word of the text together with its head. */
export interface HeadMatch {
  readonly start: number;
  readonly end: number;
  readonly head: Head;
}

/**
 * Every word in `lower[from, to)` whose head is in `lex` (hyphen-joined parts are words). Only words with
 * a head's first four letters after their third letter can have a head, and `lex.inWord` finds those in
 * one pass; each is then split by `headOf` as a whole, once.
 */
export function findHeads(lex: HeadLexicon, lower: string, from = 0, to = lower.length): HeadMatch[] {
  const out: HeadMatch[] = [];
  const slice = from === 0 && to === lower.length ? lower : lower.slice(from, to);
  const re = lex.inWord;
  re.lastIndex = 0;
  // Words come back (a term in every signature, a product name in every paragraph): each is split once
  // per call. Kept for this call only, so no words of a text outlive its scan.
  let seen: Map<string, Head | null> | undefined;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    let start = m.index;
    while (start > 0 && LETTER.test(slice.charAt(start - 1))) start--;
    let end = re.lastIndex;
    while (end < slice.length && LETTER.test(slice.charAt(end))) end++;
    const word = slice.slice(start, end);
    if (seen === undefined) seen = new Map();
    let head = seen.get(word);
    if (head === undefined) {
      head = headOf(word, lex) ?? null;
      seen.set(word, head);
    }
    if (head !== null) out.push({ start: from + start, end: from + end, head });
    re.lastIndex = end;
  }
  return out;
}
