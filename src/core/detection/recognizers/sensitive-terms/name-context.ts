/**
 * Where a name stands: after a greeting or sign-off ("Hej", "Dear", "Hälsningar,", "//"), or at the start of
 * a sentence, where an ambiguous name ("Mark", "Inga", "Klara") is more likely an ordinary word.
 */
import type { ScanDocument } from '../../types';
import { leadIn } from '../../sentences';
import { memoPer } from '../../memo';
import { isFirstName } from './first-names';

/** Greetings and sign-offs, Swedish, Norwegian, Danish, Finnish and English, lower case. */
const GREETINGS = [
  'hej',
  'hejsan',
  'hallå',
  'tjena',
  'hei',
  'hey',
  'hi',
  'hello',
  'dear',
  'kära',
  'bästa',
  'kære',
  'kjære',
  'morning',
  'god morgon',
  'tack',
  'thanks',
  'thank you',
  'mvh',
  'hälsningar',
  'hälsning',
  'regards',
  'cheers',
  'hilsen',
  'hilsner',
  'terveisin',
  'best',
  'br',
  'kh',
  'vh',
  'från',
  'from',
  'cc',
  'attn',
];
/** The sign-off "//", "/" or a dash right before a name in a signature. */
const SLASHES = /(?:^|\s)(?:\/\/?|-)\s*$/;
/** How far back a greeting may stand (covers "Med vänliga hälsningar,\n"). */
const GREETING_REACH = 30;

/** Characters that continue a word before a greeting (a greeting must not end another word). */
const WORD_CHAR = /[0-9a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/;

/**
 * The last word of every greeting ("morgon" of "god morgon"): a prefix whose last word is none of these
 * ends with no greeting, so most names skip the list. Greetings are lower-case letters and single spaces.
 */
const LAST_WORDS = new Set<string>(GREETINGS.map((g) => g.slice(g.lastIndexOf(' ') + 1)));

/** The run of word characters at the end of `prefix`. */
function lastWord(prefix: string): string {
  let i = prefix.length;
  while (i > 0 && WORD_CHAR.test(prefix.charAt(i - 1))) i--;
  return prefix.slice(i);
}

function endsWithWord(prefix: string, word: string): boolean {
  if (prefix.length < word.length || prefix.slice(prefix.length - word.length) !== word) return false;
  const before = prefix.charAt(prefix.length - word.length - 1);
  return before === '' || !WORD_CHAR.test(before);
}

/** Whether the line holding `start` is a list item whose lead-in line ends in a colon ("Allergier:"). */
function isListItemUnderLeadIn(text: string, start: number): boolean {
  const lead = leadIn(text, start);
  return lead !== undefined && /:[ \t]*$/.test(text.slice(lead.start, lead.end));
}

/** The greeting or sign-off right before `start` (same or previous line), if any. */
export function greetingBefore(doc: ScanDocument, start: number): string | undefined {
  const raw = doc.lower.slice(Math.max(0, start - GREETING_REACH), start);
  // "- Anna Berg" under "Sjukskrivna:" is a list item, not a one-line signature.
  if (SLASHES.test(raw) && !isListItemUnderLeadIn(doc.text, start)) return 'signature';
  // Strip the punctuation and line breaks between the greeting and the name.
  const prefix = raw.replace(/[\s,:;!.]+$/, '');
  if (!LAST_WORDS.has(lastWord(prefix))) return undefined;
  for (const word of GREETINGS) if (endsWithWord(prefix, word)) return word;
  return undefined;
}

/** Whether `start` begins a sentence or a line (only spaces between it and `.`, `!`, `?`, a line break or the start). */
export function isSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charAt(i) === ' ' || text.charAt(i) === '\t' || text.charAt(i) === '"')) i--;
  if (i < 0) return true;
  const ch = text.charAt(i);
  return ch === '\n' || ch === '.' || ch === '!' || ch === '?' || ch === ':';
}

/** The mail's first line greets one person by first name: "Hi Ben,", "Hej Anna!", "Kære Mette". */
const GREETS_ONE =
  /^\s*(?:[Hh](?:ej|ejsan|ei|ey|i|ello)|[Dd]ear|[Kk](?:ära|ære|jære)|[Mm]oi|[Tt]erve) +([^\s,!]+) *[,!]? *\n/;

const greetsOnePerson = memoPer((doc: ScanDocument): boolean => {
  const greeting = GREETS_ONE.exec(doc.text);
  return greeting !== null && isFirstName(greeting[1] ?? '');
});

/** The second person's possessive: "your diagnosis", "din sykmelding", "sinun leikkauksesi". */
const POSSESSIVE_YOU = /^(?:your|din|ditt|dina|dine|dit|sinun)$/;

/**
 * Whether `word` is "your" in a text that opens by greeting one person by first name: what it owns is that
 * person's, whatever other sentences say of anyone ("no need to explain to anyone"). A plain "you" there
 * may still be a job ad's or a procedure's ("before you start").
 */
export function isGreetedOnesOwn(doc: ScanDocument, word: string): boolean {
  return POSSESSIVE_YOU.test(word) && greetsOnePerson(doc);
}
