/**
 * Technical and commercial evidence: a sentence about systems, markets or products, and compounds whose
 * head or modifier is technical. Compounds are split by their head (`../../compounds.ts`), so
 * "blodtryckssensor" is a sensor, "sjukhusprojektet" a project and "allergi-appen" an app.
 */
import type { ScanDocument, Span } from '../../types';
import { findWords, firstWord } from '../../words';
import { memoPer } from '../../memo';
import { findHeads, headLexicon, headOf } from '../../compounds';
import { compileTrieDictionary } from './trie-dictionary';
import { TECHNICAL_WORDS } from './traps';
import { memoBySpan } from './span-memo';

const TECHNICAL = compileTrieDictionary(TECHNICAL_WORDS);
const TECHNICAL_HEADS = headLexicon(TECHNICAL);
/** Linking morphemes between a compound's parts (-s-, -e-, -a-, -u-), stripped from a modifier. */
const LINKING = /[seau]$/;
const LETTERS = /^[a-z\u00DF-\u00F6\u00F8-\u00FF]+/;

/** Whether the sentence is about systems (servers, gateways, firmware, markets), compounds included. */
export const isTechnical = memoBySpan((doc: ScanDocument, sentence: Span): boolean => {
  const lower = doc.lower.slice(sentence.start, sentence.end);
  return firstWord(TECHNICAL, lower) !== undefined || findHeads(TECHNICAL_HEADS, lower).length > 0;
});

function isTechnicalWord(word: string): boolean {
  if (word.length < 3) return false;
  if (firstWord(TECHNICAL, word) !== undefined) return true;
  return headOf(word, TECHNICAL_HEADS) !== undefined;
}

/**
 * Whether a term is part of a technical compound: its word goes on into a technical head
 * ("sjukhusprojekt", "allergi-appen"), a technical noun follows it ("therapy app"), or a technical modifier
 * stands before it ("systemdiagnos").
 * `word` bounds the whole written word (hyphens excluded); the term starts at `termStart` inside it.
 */
export function isTechnicalCompound(doc: ScanDocument, word: Span, termStart: number): boolean {
  const lower = doc.lower;
  const wordStart = word.start;
  const wordEnd = word.end;
  const hit = { start: termStart };
  // The rest of the word after the term: "projekt" in "sjukhusprojekt" (a stem hit spans the whole word).
  // A phrase is not a compound: "DBS certificate" is a criminal-record check, whatever "certificate" means.
  const written = lower.slice(wordStart, wordEnd);
  const head = written.indexOf(' ') < 0 ? headOf(written, TECHNICAL_HEADS) : undefined;
  if (head !== undefined && wordStart + head.at >= hit.start + 3) return true;
  // A hyphenated head: "allergi-app", "hälso-endpoint".
  if (lower.charAt(wordEnd) === '-') {
    const next = LETTERS.exec(lower.slice(wordEnd + 1, wordEnd + 41));
    if (next !== null && isTechnicalWord(next[0])) return true;
  }
  // A technical noun right after the term is what the term is about: "diagnosticeret gatewayen",
  // "therapy app", "allergy sensor" (English and the Nordic languages alike put a device noun there).
  const following = /^ ([a-z\u00DF-\u00F6\u00F8-\u00FF]+)/.exec(lower.slice(wordEnd, wordEnd + 42));
  if (following !== null && isTechnicalWord(following[1] ?? '')) return true;
  // A technical modifier before a compound head: "systemdiagnos", "batterisjukdom".
  if (hit.start > wordStart) {
    const modifier = lower.slice(wordStart, hit.start);
    if (isTechnicalWord(modifier) || isTechnicalWord(modifier.replace(LINKING, ''))) return true;
  }
  return false;
}

/**
 * Up to three words, a copula and at most one adverb before the term, which may open a quote: "den
 * maskine er sgu |syg", "the server is |sick", "CI on main was |sick", "the unit is "|sick" every morning".
 */
const SUBJECT_AND_COPULA =
  /((?:[a-z\u00DF-\u00F6\u00F8-\u00FF]+\s+){0,2}[a-z\u00DF-\u00F6\u00F8-\u00FF]+)\s+(?:er|är|is|was|var|on|oli|blev|ble|blir|bliver|became|got|gets|looks|ser)\s+(?:[a-z\u00DF-\u00F6\u00F8-\u00FF]+\s+)?["“„'‘«]?$/;

/**
 * Whether the term is said of a thing: its subject, the words right before the copula, holds a technical
 * noun ("Den maskine er sgu syg", "gatewayen är sjuk igen", "CI on main was sick"). A person there ("Anna är
 * sjuk") is no technical word.
 */
export function isSaidOfThing(doc: ScanDocument, hit: Span): boolean {
  const m = SUBJECT_AND_COPULA.exec(doc.lower.slice(Math.max(0, hit.start - 48), hit.start));
  if (m === null) return false;
  // "it" as the subject is a thing: "honestly it looks sick" (a dashboard), "it was sick" (a demo).
  const words = (m[1] ?? '').split(/\s+/);
  if (words[words.length - 1] === 'it') return true;
  for (const word of words) if (word === 'ci' || isTechnicalWord(word)) return true;
  return false;
}

/** A word, then a verb of having or suffering right before the term: "kunden har diabetes". */
const HAD_BEFORE =
  /([a-z\u00DF-\u00F6\u00F8-\u00FF]+)\s+(?:has|had|have|har|hade|havde|hadde|suffers from|lider av|lider af|sairastaa)\s+$/;

/**
 * Whether the term is a condition someone has ("The pilot user has diabetes, so the app logs …", "kunden har
 * astma"): people have diseases, so the sentence's technical words do not make it a device's. A machine as
 * the subject has a feature ("The app has diabetes mode").
 */
export function isHadBySomeone(doc: ScanDocument, hit: Span): boolean {
  const m = HAD_BEFORE.exec(doc.lower.slice(Math.max(0, hit.start - 40), hit.start));
  return m !== null && !isTechnicalWord(m[1] ?? '');
}

/**
 * A document about products: at least this many technical words, and this many per thousand characters
 * (about forty per thousand words).
 */
const PRODUCT_DOCUMENT_WORDS = 5;
const PRODUCT_DOCUMENT_PER_THOUSAND_CHARS = 6;

/**
 * Whether the whole document is about products and systems (release notes, test plans, data models): dense
 * with technical words. A sensitive term there that names no one describes a product ("Ny tinnitus-tilstand
 * (bredbåndsstøj + notch-filter)", "the 'Medication not taken' alarm"); a person named with it still counts.
 */
export const isProductDocument = memoPer((doc: ScanDocument): boolean => {
  const found = findWords(TECHNICAL, doc.lower).length;
  return (
    found >= PRODUCT_DOCUMENT_WORDS && found * 1000 >= PRODUCT_DOCUMENT_PER_THOUSAND_CHARS * doc.lower.length
  );
});
