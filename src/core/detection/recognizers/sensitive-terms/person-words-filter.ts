/**
 * Person words that do not point at a person after all: a group that is the whole staff ("alla
 * anställda"), a possessive that owns a thing ("min dator är sjuk", "10 min"), not the term, and a word of
 * a quoted title ("arbete med barn").
 */
import type { Span } from '../../types';
import { findWords } from '../../words';
import { lineEnd, lineStart } from '../../sentences';
import { COLLECTIVE_PHRASES } from './anchor-words';
import { compileTrieDictionary } from './trie-dictionary';

const COLLECTIVE = compileTrieDictionary(COLLECTIVE_PHRASES);

/** Possessive determiners: they belong to the noun right after them. */
const POSSESSIVES: { readonly [word: string]: true } = {
  min: true,
  mitt: true,
  mina: true,
  din: true,
  ditt: true,
  dina: true,
  hans: true,
  hennes: true,
  hens: true,
  sin: true,
  sitt: true,
  sina: true,
  my: true,
  your: true,
  his: true,
};

/** The sentence's lower-case text with "alla anställda"-style groups blanked out (same length). */
export function withoutCollectives(lower: string, sentence: Span): string {
  let text = lower.slice(sentence.start, sentence.end);
  for (const group of findWords(COLLECTIVE, lower, sentence.start, sentence.end)) {
    const from = group.start - sentence.start;
    const to = group.end - sentence.start;
    text = text.slice(0, from) + new Array(to - from + 1).join(' ') + text.slice(to);
  }
  return text;
}

/** At most one word between the possessive and the term: "hans migrän", "her severe migraine". */
const OWNS_THE_TERM = /^\s+(?:\S+\s+)?$/;

/**
 * Whether the person word at `word` is a possessive that owns something other than the term at `hit`
 * ("min dator är sjuk"). A person noun after it ("min dotter") is found as its own anchor.
 */
export function ownsSomethingElse(lower: string, word: Span, hit: Span): boolean {
  if (POSSESSIVES[lower.slice(word.start, word.end)] !== true) return false;
  return word.end > hit.start || !OWNS_THE_TERM.test(lower.slice(word.end, hit.start));
}

/** The first person as where something is sent: "skriv det inte i mejl till mig", "ikke i svar til mig". */
const FIRST_PERSON_OBJECT: { readonly [word: string]: true } = { mig: true, mej: true, meg: true, me: true };
const SENT_TO = /(?:^|[^a-zåäöæø])(?:till|til|to|åt|e-?mail|mail|mejla|maila|send|sende|skicka|tell)\s+$/;

/**
 * Whether the person word at `word` is Norwegian or Danish "her" (here) opening a sentence's verb: "Her er
 * resultaterne", "Her kommer referatet". English "her" is never followed by these verbs.
 */
export function isNordicHere(lower: string, word: Span): boolean {
  return (
    lower.slice(word.start, word.end) === 'her' &&
    /^\s+(?:er|kommer|har|ser|følger|finner|finder|ligger|står|sender|sendes)\s/.test(
      lower.slice(word.end, word.end + 12),
    )
  );
}

/**
 * Whether the person word at `word` is the writer as the receiver of something ("send it to me", "svar
 * til mig", "don't email me details about allergies"): whose data it is the sentence does not say there. A subject ("jag har", "I was") still counts.
 */
export function isReceiver(lower: string, word: Span): boolean {
  if (FIRST_PERSON_OBJECT[lower.slice(word.start, word.end)] !== true) return false;
  return SENT_TO.test(lower.slice(Math.max(0, word.start - 8), word.start));
}

/** Danish and Norwegian words that a sentence with the pronoun "ham" (him) holds. */
const NORDIC_WORDS =
  /(?:^|[^a-zæøå])(?:og|er|ikke|har|til|jeg|det|den|som|han|hun|vi|af|av|med|på)(?![a-zæøå])/;

/**
 * Whether the person word at `word` of the lower-cased `sentence` is English "ham", the food ("ham and cheese
 * rolls … anyone with coeliac disease"): "ham" is a pronoun only in a Danish or Norwegian sentence.
 */
export function isFoodHam(sentence: string, word: Span): boolean {
  return sentence.slice(word.start, word.end) === 'ham' && !NORDIC_WORDS.test(sentence);
}

/** Quotation marks that open or close a quoted title or phrase. */
const QUOTES = '"“”«»';

/**
 * Whether the person word at `word` stands inside a quotation that does not hold the term at `hit`: a form's
 * or a course's title ("utdrag ur belastningsregistret (blankett 442.5, "arbete med barn")"), whose words
 * name no one the sentence speaks of.
 */
export function isInOtherQuote(text: string, word: Span, hit: Span): boolean {
  let open = -1;
  for (let i = lineStart(text, word.start); i < lineEnd(text, word.end); i++) {
    if (QUOTES.indexOf(text.charAt(i)) < 0) continue;
    if (open < 0) open = i;
    else if (open < word.start && word.end <= i) return !(open < hit.start && hit.end <= i);
    else open = -1;
  }
  return false;
}
