/**
 * Who a sensitive term is about — an explicit step between finding a term and reporting it. A term is
 * sensitive data only when something ties it to an identifiable person:
 * - `person`: a name, a pronoun or the first person ("hon", "jag har", "I was"), or a role noun for one
 *   person ("the applicant", "kollegan");
 * - `no-one`: the text speaks of everyone or of a group — a diversity statement or a rule (`generic`),
 *   figures for a group (`aggregate`), a benefit on offer (`offer`), policy or training text (`policy`), or
 *   an identifier in code (`code`: `diagnosis_code`, `allergies: string[]`);
 * - `unstated`: neither (Swedish and Norwegian often drop the subject: "Sjukskriven resten av veckan").
 * The evidence is the term's sentence, and for a list item also its lead-in line. A term that is itself
 * the lead-in of a list of people ("Sjukskrivna:" / "- Anna Berg" / "- Per Olsson") is about each of them.
 */
import type { ScanDocument, Span } from '../../types';
import { firstWord } from '../../words';
import { leadIn, lineStart, listBelow, lineEnd, listLeadIn } from '../../sentences';
import { compileTrieDictionary } from './trie-dictionary';
import { isPolicyTalk, personAnchor } from './anchors';
import { namedOnLine } from '../../person-line';
import { columnUnder, isFigureColumn } from '../../text-table';
import {
  AGGREGATE_WORDS,
  CATEGORY_NAMES,
  GENERIC_WORDS,
  GROUP_ADDRESS_WORDS,
  JOB_AD_WORDS,
  OFFER_WORDS,
  ROLE_WORDS,
  SECOND_PERSON_WORDS,
} from './about-words';
import { findWords } from '../../words';
import { memoBySpan } from './span-memo';
import { memoPer } from '../../memo';

export type NoOneReason = 'generic' | 'aggregate' | 'offer' | 'policy' | 'code';

export type About =
  | {
      readonly kind: 'person';
      readonly anchor: string;
      readonly role: boolean;
      /** A no-one cue in the same sentence ("ingår för alla"): enough to outweigh a weak term. */
      readonly despite: NoOneReason | undefined;
    }
  | { readonly kind: 'no-one'; readonly why: NoOneReason }
  | { readonly kind: 'unstated' };

const GENERIC = compileTrieDictionary(GENERIC_WORDS);
const AGGREGATE = compileTrieDictionary(AGGREGATE_WORDS);
const OFFER = compileTrieDictionary(OFFER_WORDS);
const ROLE = compileTrieDictionary(ROLE_WORDS);
const CATEGORIES = compileTrieDictionary(CATEGORY_NAMES);
const JOB_AD = compileTrieDictionary(JOB_AD_WORDS);
const GROUP_ADDRESS = compileTrieDictionary(GROUP_ADDRESS_WORDS);
const SECOND_PERSON: { readonly [word: string]: true } = SECOND_PERSON_WORDS.reduce<{ [word: string]: true }>(
  (acc, word) => {
    acc[word] = true;
    return acc;
  },
  {},
);

/** Negations of sv, no, da, en and fi. */
const NEGATION =
  "(?:inte|aldrig|ej|inget|inga|ingenting|not|never|no|nothing|don't|don’t|dont|ikke|ikkje|aldri|intet|ei|älä)";
/**
 * Verbs of a rule about personal data: sending it, asking for it, storing or collecting it, telling or
 * sharing it ("Älä kerro diagnoosia", "du behöver inte berätta", "do not mention"). Stems: the pattern only
 * requires the word to start here ("skickas", "frågar", "stored", "lagres", "tallennetaan").
 */
const RULE_VERB =
  '(?:skicka|mejla|maila|sända|sänds|send|sent|e-?mail|mailes|lähet|forward|vidarebefordr|videresend|välitä|fråga|ask|spør|kysy|lagra|lagre|spara|store|storing|gemme|tallenn|samla|collect|indsaml|registrer|behandla|skriv|write|kirjoit|berätta|nämna|uppge|bifoga|tell|mention|disclose|share|include|attach|fortell|fortæl|nevn|nævn|oppgi|oplys|kerro|kerto|mainit|liitä)';
/**
 * A rule about personal data: a negation, then within a few words a rule verb ("får aldrig skickas",
 * "should not be emailed", "we never store", "ei saa lähettää"), or the verb first, as Nordic word order
 * puts it ("Vi frågar aldrig om hälsa", "vi lagrer ikke", "sendes ikke").
 */
const NEGATED_RULE = new RegExp(
  `(?:^|[^a-zåäöæø])(?:${NEGATION}\\s(?:[^.!?\\n]{0,30}\\s)?${RULE_VERB}|${RULE_VERB}[a-zåäöæø]{0,6}\\s(?:[^.!?\\n]{0,12}\\s)?${NEGATION}(?![a-zåäöæø]))`,
);

/**
 * A procedure for everyone, as an instruction opens with its verb ("Report sick leave in Flex before 09:00",
 * "- Anmäl sjukfrånvaro i HR-portalen", "Ilmoita sairauspoissaolosta esihenkilölle"): the imperative at the
 * start of the sentence or list item, after an optional "please". Who it concerns is whoever it happens to.
 */
const IMPERATIVE_PROCEDURE =
  /^[\s\-*•\d.)]*(?:please |vänligen |gärna |husk å |husk at |muista )?(?:report|register|log|record|submit|upload|book|apply for|enter|fill in|rapportera|anmäl|registrera|ansök om|lägg in|fyll i|ladda upp|meld|registrer|søk om|fyll ut|last opp|indberet|søg om|udfyld|ilmoita|kirjaa|hae|täytä|tallenna)\s/;

/**
 * A condition on the reader or anyone ("hvis I har allergier", "if you have any allergies", "om någon
 * behöver", "jos sinulla on"): a question to whoever it may concern, no one's data.
 */
const CONDITION_ON_ANYONE =
  /(?:^|[^a-zåäöæø])(?:hvis|om|if|jos|dersom|ifall)\s(?:i|ni|du|dere|you|anyone|someone|någon|nogen|noen|joku|sinulla|teillä|kenelläkään)\s/;

/** A count of the readers or of a group: "64 of you used …", "12 av oss", "41 takers". */
const GROUP_COUNT =
  /(?:^|[^\d])\d+ (?:of (?:you|us|them)|av (?:er|oss|dere|dem)|af (?:jer|os|dem)|heistä|teistä|meistä)(?![a-zåäöæø])/;

/** Two or more different category names in the sentence: it lists categories, it describes no one. */
function listsCategories(lower: string): boolean {
  const found: { [word: string]: true } = {};
  let n = 0;
  for (const m of findWords(CATEGORIES, lower)) {
    if (found[m.word] === true) continue;
    found[m.word] = true;
    if (++n >= 2) return true;
  }
  return false;
}

/** Identifier characters glued to the term: `diagnosis_code`, `patient.allergies`, `healthStatus`. */
function inIdentifier(text: string, hit: Span): boolean {
  const before = text.charAt(hit.start - 1);
  const after = text.charAt(hit.end);
  if (before === '_' || after === '_' || before === '$') return true;
  if (before === '.' && /[A-Za-z]/.test(text.charAt(hit.start - 2))) return true;
  if (after === '(' || (after === '.' && /[a-z]/.test(text.charAt(hit.end + 1)))) return true;
  // camelCase: a capital right after the term ("allergyList") or before it inside a word ("hasAllergy").
  if (/[A-Z]/.test(after) && /[a-z]/.test(text.charAt(hit.end - 1))) return true;
  return false;
}

/** A line that reads as code or a schema: `allergies: string[]`, `"diagnosis": null,`, `a.b -> c.d`. */
const CODE_LINE =
  /[{};]\s*$|^\s*["'`]?[\w.]+["'`]?\s*[:=]\s*(?:string|number|boolean|null|true|false|\[|\{|["'`]|\d)|^\s*[\w.]+\s*(?:->|=>|→)/;

function lineOf(text: string, at: number): string {
  return text.slice(lineStart(text, at), lineEnd(text, at));
}

function isCode(doc: ScanDocument, hit: Span): boolean {
  if (inIdentifier(doc.text, hit)) return true;
  const line = lineOf(doc.text, hit.start);
  // Inside backticks on its line: `health_status`.
  const tick = line.indexOf('`');
  if (tick >= 0 && line.indexOf('`', tick + 1) > tick) return true;
  return CODE_LINE.test(line);
}

/**
 * The term as the subject of a rule: a modal right after it ("sygemeldinger skal ske til nærmeste leder",
 * "sjukanmälan ska göras", "sick leave must be reported"). A procedure for everyone, no one's data.
 */
const RULE_AFTER =
  /^\s+(?:skal|skall|ska|må|måste|bør|bör|must|should|shall|has to|have to|needs to|need to|pitää|tulee|on ilmoitettava)\s/;

/** Whether the term at `hit` is the subject of a rule (see {@link RULE_AFTER}). */
function isRuleSubject(doc: ScanDocument, hit: Span): boolean {
  return RULE_AFTER.test(doc.lower.slice(hit.end, hit.end + 24));
}

/** Whether the span speaks of no one in particular, and why (memoised: each sentence is read once). */
const noOne = memoBySpan((doc: ScanDocument, span: Span): NoOneReason | undefined => {
  const lower = doc.lower.slice(span.start, span.end);
  if (isPolicyTalk(doc, span) || NEGATED_RULE.test(lower) || IMPERATIVE_PROCEDURE.test(lower))
    return 'policy';
  if (listsCategories(lower) || CONDITION_ON_ANYONE.test(lower)) return 'generic';
  if (firstWord(GENERIC, lower) !== undefined) return 'generic';
  if (lower.indexOf('%') >= 0 || GROUP_COUNT.test(lower) || firstWord(AGGREGATE, lower) !== undefined)
    return 'aggregate';
  if (firstWord(OFFER, lower) !== undefined) return 'offer';
  return undefined;
});

/**
 * Whether the term's line is a lead-in over a list of people: at least half of the listed lines (and at
 * least one) start with a first name. A heading over rules or items ("- Anmäl till chefen", "- Nuts")
 * names no one.
 */
function leadsListOfPeople(doc: ScanDocument, hit: Span): boolean {
  const items = listBelow(doc.text, hit.end);
  if (items.length === 0) return false;
  let people = 0;
  for (const item of items) if (namedOnLine(doc, item, { leadOnly: 'item' })) people++;
  return people > 0 && people * 2 >= items.length;
}

/**
 * Whether the mail is written to a group or to whoever signs up ("Hi all", "Anmälan senast 8/10"). A role
 * noun ("care of sick child") and "you" are then any reader's, as generic as a rule. A term with no one at
 * all stays unstated: a dropped subject ("Sjukskriven idag") is most often the writer.
 */
const isToGroup = memoPer((doc: ScanDocument): boolean => firstWord(GROUP_ADDRESS, doc.lower) !== undefined);

const addressedToAnyone = new WeakMap<ScanDocument, boolean>();

/**
 * Whether the document speaks to whoever reads it: a job ad, a notice with a diversity statement or rule
 * anywhere in it, or a mail to a group or an invitation to sign up. Its "you" is then every reader ("Du liker å se ting du har laget fungere … på sykehus"
 * in an ad that welcomes applicants "uavhengig av …"), as generic as the statement itself.
 */
function isAddressedToAnyone(doc: ScanDocument): boolean {
  let known = addressedToAnyone.get(doc);
  if (known === undefined) {
    known =
      firstWord(GENERIC, doc.lower) !== undefined ||
      firstWord(JOB_AD, doc.lower) !== undefined ||
      firstWord(GROUP_ADDRESS, doc.lower) !== undefined;
    addressedToAnyone.set(doc, known);
  }
  return known;
}

/** A row of a text table: cells between pipes (`| 2026-11-19 | Fall | … |`) or split by tabs. */
const TABLE_ROW = /^[ \t]*\|.*\|.*\||^[^\t\n]*\t[^\t\n]*\t/;

/**
 * The line a term's list item or table row hangs from: a bulleted item's lead-in, or for a table row the
 * colon line over the table ("Larmhistorik för Sven-Erik Bergqvist:" over its rows), as a column header
 * is for a cell. Other plain lines under a colon line ("Anna skrev:" over a quote) keep to themselves.
 */
function leadOf(doc: ScanDocument, hit: Span): Span | undefined {
  const bulleted = leadIn(doc.text, hit.start);
  if (bulleted !== undefined) return bulleted;
  return TABLE_ROW.test(lineOf(doc.text, hit.start)) ? listLeadIn(doc.text, hit.start) : undefined;
}

/**
 * A term heading a column of a text table speaks of what stands under it: of the people its rows name, or
 * of no one when the column holds figures for offices, teams or quarters ("Sjukfrånvaro" over "2,8 %").
 */
function aboutColumn(doc: ScanDocument, hit: Span): About | undefined {
  const column = columnUnder(doc.text, hit);
  if (column === undefined) return undefined;
  // `leadOnly: 'line'` reads the line up to the span: the whole row.
  if (column.rows.some((row) => namedOnLine(doc, { start: row.end, end: row.end }, { leadOnly: 'line' })))
    return { kind: 'person', anchor: 'table', role: false, despite: undefined };
  return isFigureColumn(column) ? { kind: 'no-one', why: 'aggregate' } : undefined;
}

/** Quotation marks that open and close a quote on one line. */
const QUOTE_MARKS = /["“”„«»]/g;

/**
 * Whether the hit stands inside quotation marks in its sentence, or on its line when the sentence is
 * shorter ("Jeg er syg i dag" er nok; reads, in part: "We welcome applicants regardless of …").
 */
function inQuotes(doc: ScanDocument, sentence: Span, hit: Span): boolean {
  const text = doc.text;
  const from = Math.min(sentence.start, lineStart(text, hit.start));
  const to = Math.max(sentence.end, lineEnd(text, hit.end));
  const before = text.slice(from, hit.start).match(QUOTE_MARKS);
  const after = text.slice(hit.end, to).match(QUOTE_MARKS);
  return before !== null && before.length % 2 === 1 && after !== null;
}

/** Whom the term at `hit` (in `sentence`) is about. */
export function aboutWhom(doc: ScanDocument, sentence: Span, hit: Span): About {
  if (isCode(doc, hit)) return { kind: 'no-one', why: 'code' };
  const column = aboutColumn(doc, hit);
  if (column !== undefined) return column;
  const lead = leadOf(doc, hit);
  const spans = lead === undefined ? [sentence] : [sentence, lead];
  let why: NoOneReason | undefined;
  for (const span of spans) why = why ?? noOne(doc, span);
  // A quoted sentence under a rule, or right after one on its line, is its example ("Skriv aldrig, hvad du
  // fejler. "Jeg er syg i dag" er nok."): the person in it is no one.
  if (inQuotes(doc, sentence, hit)) {
    const lineBefore = { start: lineStart(doc.text, sentence.start), end: sentence.start };
    const example = why ?? (lineBefore.end > lineBefore.start ? noOne(doc, lineBefore) : undefined);
    if (example !== undefined) return { kind: 'no-one', why: example };
  }
  // A name in a list's lead-in ("HR-siffrorna som Annika tog fram:") does not outweigh the item's own
  // figures or rule ("- Total sjukfrånvaro 3,1 %"): who compiled the list is not whom it is about.
  const ownWhy = lead === undefined ? why : noOne(doc, sentence);
  let role: string | undefined;
  for (const span of spans) {
    if (span !== sentence && ownWhy !== undefined) continue;
    const anchor = personAnchor(doc, span, hit);
    if (anchor === undefined) continue;
    if (firstWord(ROLE, anchor) === undefined) return { kind: 'person', anchor, role: false, despite: why };
    role = role ?? anchor;
  }
  if (why === undefined && isRuleSubject(doc, hit)) why = 'policy';
  if (why !== undefined) return { kind: 'no-one', why };
  if (leadsListOfPeople(doc, hit)) return { kind: 'person', anchor: 'list', role: false, despite: undefined };
  if (role === undefined) return { kind: 'unstated' };
  // "You" in a text to every reader is no one in particular, whatever the term.
  if (SECOND_PERSON[role] === true && isAddressedToAnyone(doc)) return { kind: 'no-one', why: 'generic' };
  return { kind: 'person', anchor: role, role: true, despite: isToGroup(doc) ? 'generic' : undefined };
}
