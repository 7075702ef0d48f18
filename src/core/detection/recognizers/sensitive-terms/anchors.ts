/**
 * Evidence around a dictionary hit, looked up only in the hit's sentence (never over the whole text):
 * sentence bounds, person anchors (pronoun, person noun, known first name), HR context, membership
 * phrases, known traps, technical and policy sentences.
 */
import type { ScanDocument, Span } from '../../types';
import { sentenceAround as sentenceOf } from '../../sentences';
import { findWords, firstWord, type Dictionary } from '../../words';
import { compileTrieDictionary } from './trie-dictionary';
import {
  ELECTED_BODY_WORDS,
  EVENT_WORDS,
  HR_CONTEXT,
  MEMBERSHIP_PHRASES,
  OFFICE_AFTER_WORDS,
  PERSON_WORDS,
  POSSESSIVE_PRONOUN,
} from './anchor-words';
import { ROLE_WORDS } from './about-words';
import {
  isFoodHam,
  isNordicHere,
  isReceiver,
  ownsSomethingElse,
  isInOtherQuote,
  withoutCollectives,
} from './person-words-filter';
import { POLICY_TALK, TRAP_PHRASES } from './traps';
import { isAmbiguousName, isFirstName } from './first-names';

/** How far a sentence may reach on either side of a hit (characters). */
export const SENTENCE_REACH = 200;
/** How far before an organisation a membership phrase may stand ("medlem sedan 2019 i Unionen"). */
const MEMBERSHIP_REACH = 40;
/** Window around a hit in which trap phrases are looked for (longest trap phrase + slack). */
const TRAP_REACH = 32;

const PERSON = compileTrieDictionary(PERSON_WORDS);
const ROLE = compileTrieDictionary(ROLE_WORDS);
const HR = compileTrieDictionary(HR_CONTEXT);
const MEMBERSHIP = compileTrieDictionary(MEMBERSHIP_PHRASES);
const EVENT = compileTrieDictionary(EVENT_WORDS);
const OFFICE = compileTrieDictionary(OFFICE_AFTER_WORDS);
const ELECTED_BODY = compileTrieDictionary(ELECTED_BODY_WORDS);
/** "för", "for", "fra" right before the organisation: who a seat is held for. */
const FOR_BEFORE = /(?:^|\s)(?:för|for)\s+$/;
/** How far after an organisation an event word may stand ("Akavia's webinar", "Unionen-seminariet"). */
const EVENT_REACH = 16;
const TRAPS = compileTrieDictionary(TRAP_PHRASES);
const POLICY = compileTrieDictionary(POLICY_TALK);

/** Capitalised words (names): an upper-case letter followed by lower-case letters, hyphen-joined parts. */
export const CAPITALISED =
  /(?:^|[^0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F])([A-Z\u00C0-\u00D6\u00D8-\u00DE][a-z\u00DF-\u00F6\u00F8-\u00FF]+(?:-[A-Z\u00C0-\u00D6\u00D8-\u00DE][a-z\u00DF-\u00F6\u00F8-\u00FF]+)?)(?![0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F])/g;

/** The first dictionary word in `lower`, as written in the text ("frånvaro", not the entry "frånvar*"). */
function firstMatch(dict: Dictionary, lower: string): string | undefined {
  dict.regex.lastIndex = 0;
  const m = dict.regex.exec(lower);
  return m === null ? undefined : (m[1] ?? '').replace(/\s+/g, ' ');
}

/** The sentence around `span`: abbreviation-aware, bounded by `SENTENCE_REACH` each side. */
export function sentenceAround(text: string, span: Span): Span {
  return sentenceOf(text, span, SENTENCE_REACH);
}

/** First names that are also months or their abbreviations. */
const MONTH_NAME = /^(?:Jan|Maj|May|June|Juni|April|August)$/;

/** A known first name written with a capital in `sentence`, outside `hit`. */
export function nameIn(doc: ScanDocument, sentence: Span, hit: Span): boolean {
  const slice = doc.text.slice(sentence.start, sentence.end);
  CAPITALISED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPITALISED.exec(slice)) !== null) {
    const word = m[1] ?? '';
    const start = sentence.start + m.index + m[0].length - word.length;
    if (start < hit.end && hit.start < start + word.length) continue;
    const name = isFirstName(word) ? word : genitiveOf(word);
    // A month before a number is a date, not a name: "(Jan: 22 %)", "May 2026".
    if (
      MONTH_NAME.test(name) &&
      /^:?\s*\d/.test(doc.text.slice(start + word.length, start + word.length + 4))
    )
      continue;
    if (name !== '' && !isWordOpeningSentence(doc.text, sentence, start, name)) return true;
  }
  return false;
}

/** Only white space, list markers and quotes before a sentence's first word. */
const OPENING = /^[\s\-*•>"“(]*$/;
/** A capitalised word right after: a surname ("Inga Lund"), which makes the first word a name after all. */
const SURNAME_NEXT = /^\s+[A-ZÅÄÖÆØÜ]/;

/**
 * The name a Nordic genitive is written from ("Annas diagnos", "Pers sjukskrivning"), or '' when the word
 * is none. Not from names that are also words or shorter than three letters: "Jos" (Finnish "if") is not
 * Jo's.
 */
function genitiveOf(word: string): string {
  const stem = word.slice(0, -1);
  return word.endsWith('s') && stem.length >= 3 && isFirstName(stem) && !isAmbiguousName(stem) ? stem : '';
}

/** First names that are, far more often, a word that opens sentences: "Inga" (none), "Dag" (day), "Even". */
const SENTENCE_OPENERS = new Set('Inga Bo Dag Odd Even Live Line Will May June Art Sol'.split(' '));

/**
 * Whether such a name opens the sentence with no surname after it: "Inga tecken på …", "Even if …" are
 * written with a capital only because they come first. "Inga Lund" is still a name.
 */
function isWordOpeningSentence(text: string, sentence: Span, start: number, word: string): boolean {
  if (!SENTENCE_OPENERS.has(word) || !OPENING.test(text.slice(sentence.start, start))) return false;
  return !SURNAME_NEXT.test(text.slice(start + word.length, start + word.length + 2));
}

/** The person anchor in the sentence (`hon`, `my`, `medarbetaren`, or `name`), if any. */
export function personAnchor(doc: ScanDocument, sentence: Span, hit: Span): string | undefined {
  const lower = withoutCollectives(doc.lower, sentence);
  for (const w of findWords(PERSON, lower)) {
    const at = { start: sentence.start + w.start, end: sentence.start + w.end };
    if (at.start < hit.end && hit.start < at.end) continue;
    if (isReceiver(doc.lower, at) || isNordicHere(doc.lower, at) || isFoodHam(lower, w)) continue;
    if (isInOtherQuote(doc.text, at, hit)) continue;
    if (ownsSomethingElse(doc.lower, at, hit)) continue;
    const word = lower.slice(w.start, w.end).replace(/\s+/g, ' ');
    // The first person word decides, but a name outweighs a role noun: "our colleague Mikael Strand" is
    // about Mikael, whatever else the sentence says of a group; and so does one person's possessive before
    // it: "my son", "hans fru" is one person, whatever a period or figure in the sentence says.
    if (firstWord(ROLE, word) !== undefined) {
      if (nameIn(doc, sentence, hit)) return 'name';
      const possessor = POSSESSIVE_PRONOUN.exec(doc.lower.slice(Math.max(0, at.start - 8), at.start));
      if (possessor !== null) return possessor[1];
    }
    return word;
  }
  return nameIn(doc, sentence, hit) ? 'name' : englishI(doc, sentence) ? 'i' : undefined;
}

/** "I" inside a sentence, not a numeral's ("Type I diabetes", "Phase I", "World War I"). */
const MID_SENTENCE_I = /[a-z,;]\s+I\s+[a-z]/;
const NUMERAL_I = /(?:type|phase|part|class|level|grade|stage|tier|war|category|chapter|article|annex) I\s/i;
/** Words only English among the five languages: Danish "I" (you, plural) never stands among them. */
const ENGLISH_WORDS = /\b(?:the|and|of|with|from|during|that|this|because|when|which)\b/;

/**
 * English "I" inside a sentence ("As a practising Muslim, I fast during Ramadan"): lower-cased it is Swedish
 * "i" (in), and capitalised mid-sentence it may be Danish "I" (you), so it is read as written, among English
 * words only.
 */
function englishI(doc: ScanDocument, sentence: Span): boolean {
  const text = doc.text.slice(sentence.start, sentence.end);
  return (
    MID_SENTENCE_I.test(text) &&
    !NUMERAL_I.test(text) &&
    ENGLISH_WORDS.test(doc.lower.slice(sentence.start, sentence.end))
  );
}

/** An HR word in the sentence (absence, leave, manager, Försäkringskassan), if any. */
export function hrContext(doc: ScanDocument, sentence: Span): string | undefined {
  return firstMatch(HR, doc.lower.slice(sentence.start, sentence.end));
}

/** A membership phrase ("medlem i", "member of") shortly before the hit, within its sentence. */
export function membershipBefore(doc: ScanDocument, sentence: Span, hit: Span): string | undefined {
  return firstMatch(
    MEMBERSHIP,
    doc.lower.slice(Math.max(sentence.start, hit.start - MEMBERSHIP_REACH), hit.start),
  );
}

/** How far after an organisation an office may stand ("Unionen club chair", "Unionens klubbordförande"). */
const OFFICE_REACH = 16;

/**
 * A relative clause after the organisation saying who holds an office in it: "Dansk Folkepartis
 * lokalafdeling i Odense, hvor han er kasserer", "församlingen där hon är kassör".
 */
const OFFICE_CLAUSE =
  /^[^.!?\n]{0,50}?(?:hvor|där|der|var|where|jossa)\s+(?:han|hun|hon|he|she|hän)\s+(?:er|är|is|var|was|on|oli|sitter|sidder)\s+(?:(?:nu|nå|now|också|også|also|myös)\s+)?/;

/** An office right after the organisation, held by a person in the sentence ("he's the Unionen club chair"). */
export function officeAfter(doc: ScanDocument, sentence: Span, hit: Span): string | undefined {
  const after = doc.lower.slice(hit.end, Math.min(sentence.end, hit.end + OFFICE_REACH));
  const office = firstMatch(OFFICE, after.replace(/^['’]?s\b/, ''));
  if (office !== undefined && personAnchor(doc, sentence, hit) !== undefined) return office;
  const rest = doc.lower.slice(hit.end, sentence.end);
  const clause = OFFICE_CLAUSE.exec(rest);
  if (clause === null) return undefined;
  const held = rest.slice(clause[0].length, clause[0].length + OFFICE_REACH);
  const word = firstMatch(OFFICE, held);
  return word !== undefined && held.indexOf(word) === 0 ? word : undefined;
}

/**
 * A seat held for the organisation: "för Vänsterpartiet" in a sentence naming an elected body and a
 * person ("han valdes in i kommunfullmäktige … för Vänsterpartiet"). Returns the body's word.
 */
export function seatFor(doc: ScanDocument, sentence: Span, hit: Span): string | undefined {
  if (!FOR_BEFORE.test(doc.lower.slice(Math.max(sentence.start, hit.start - 6), hit.start))) return undefined;
  const body = firstMatch(ELECTED_BODY, doc.lower.slice(sentence.start, sentence.end));
  return body !== undefined && personAnchor(doc, sentence, hit) !== undefined ? body : undefined;
}

/** Whether an organisation's name is followed by an event word ("the Akavia webinar"). */
export function isEventAfter(doc: ScanDocument, hit: Span): boolean {
  const after = doc.lower.slice(hit.end, hit.end + EVENT_REACH);
  // Only within the sentence: "member of the Green Party. Kunden rapporterade…" is no party report.
  const end = after.search(/[.!?\n](?:\s|$)/);
  return firstWord(EVENT, end < 0 ? after : after.slice(0, end)) !== undefined;
}

/** Whether a trap phrase ("health check", "sick of", "allergy-friendly") covers the hit. */
export function inTrap(doc: ScanDocument, hit: Span): boolean {
  const from = Math.max(0, hit.start - TRAP_REACH);
  const to = Math.min(doc.lower.length, hit.end + TRAP_REACH);
  for (const trap of findWords(TRAPS, doc.lower, from, to)) {
    if (trap.start < hit.end && hit.start < trap.end) return true;
  }
  return false;
}

/** Whether the sentence talks about sensitive data (a policy, an example list) instead of containing it. */
export function isPolicyTalk(doc: ScanDocument, sentence: Span): boolean {
  return firstWord(POLICY, doc.lower.slice(sentence.start, sentence.end)) !== undefined;
}
