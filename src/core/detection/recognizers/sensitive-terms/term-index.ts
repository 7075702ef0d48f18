/**
 * Every health and art. 9 / art. 10 term of every tier in ONE trie-shaped dictionary, walked once per
 * document and shared by the two recognizers (cached per document). One trie over ~700 entries costs about
 * what one list costs (one test per character, not per entry), so merging the lists makes the scan 4-5x
 * faster than a pass per tier. Each key remembers whose it is: the recognizer, the tier and a label.
 */
import type { ScanDocument } from '../../types';
import { findWords, type WordMatch } from '../../words';
import { findHeads, headLexicon } from '../../compounds';
import { findTermPatterns } from './term-patterns';
import { findDiseaseAbbreviations } from './disease-abbreviations';
import { compileTrieDictionary } from './trie-dictionary';
import { TERM_GROUPS, type TermOwner, type Tier } from './term-table';
import { bySense } from './term-senses';

export type { TermOwner, Tier } from './term-table';

export interface TermSense {
  readonly owner: TermOwner;
  readonly tier: Tier;
  /** Extra reason, e.g. `art9:religion`. */
  readonly label: string | undefined;
}

const senses: { [key: string]: TermSense[] } = {};
const entries: string[] = [];

for (const group of bySense(TERM_GROUPS))
  for (const word of group.words) {
    const key = word.replace(/\*$/, '').toLowerCase();
    (senses[key] ?? (senses[key] = [])).push({ owner: group.owner, tier: group.tier, label: group.label });
    entries.push(word);
  }

const ALL_TERMS = compileTrieDictionary(entries);
/** Single-word terms that can be the head of a Nordic compound ("jordnöts|allergi", "samtals|terapi"). */
const TERM_HEADS = headLexicon(ALL_TERMS);

/** Number of distinct terms per owner (for reports). */
export function termCount(owner: TermOwner): number {
  let n = 0;
  for (const key of Object.keys(senses)) if ((senses[key] ?? []).some((s) => s.owner === owner)) n++;
  return n;
}

/** The senses of a matched dictionary entry (`sjukskriv*` or `muslim`). */
export function sensesOf(entry: string): readonly TermSense[] {
  return senses[entry.replace(/\*$/, '').toLowerCase()] ?? [];
}

/** A term in the text: a listed word, or a compound whose head is one (`headAt`: where the head starts). */
export interface TermMatch extends WordMatch {
  readonly headAt?: number;
}

const cache = new WeakMap<ScanDocument, readonly TermMatch[]>();

/**
 * Listed words, then phrases and abbreviations of shapes a list cannot hold, then compounds headed by a
 * listed word, each where no listed word already stands.
 */
function collect(doc: ScanDocument): TermMatch[] {
  const lower = doc.lower;
  const whole: TermMatch[] = findWords(ALL_TERMS, lower);
  const taken: { [start: number]: true } = {};
  for (const w of whole) taken[w.start] = true;
  const out = whole.slice();
  for (const p of findTermPatterns(lower)) if (taken[p.start] !== true) out.push(p);
  for (const a of findDiseaseAbbreviations(doc.text)) if (taken[a.start] !== true) out.push(a);
  for (const h of findHeads(TERM_HEADS, lower)) {
    if (taken[h.start] === true) continue;
    out.push({ start: h.start, end: h.end, word: h.head.entry, headAt: h.start + h.head.at });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Every term match in the document, computed once per document for both recognizers. */
export function termMatches(doc: ScanDocument): readonly TermMatch[] {
  let matches = cache.get(doc);
  if (matches === undefined) {
    matches = collect(doc);
    cache.set(doc, matches);
  }
  return matches;
}
