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
import { lineStart } from '../../sentences';
import { parentItem } from '../../nested-items';
import { compileTrieDictionary } from './trie-dictionary';
import { isPolicyTalk, personAnchor } from './anchors';
import { aboutColumn, isBlankField, leadOf, leadsListOfPeople } from './term-structure';
import {
  AGGREGATE_WORDS,
  GENERIC_WORDS,
  GROUP_ADDRESS_WORDS,
  JOB_AD_WORDS,
  OFFER_WORDS,
  ROLE_WORDS,
  SECOND_PERSON_WORDS,
} from './about-words';
import { memoBySpan } from './span-memo';
import { memoPer } from '../../memo';
import {
  CHANGING_ABSENCE,
  CONDITION_ON_ANYONE,
  EVERYONE_WHO,
  FILE_HOLDS,
  GROUP_COUNT,
  IMPERATIVE_PROCEDURE,
  ACCESS_STATEMENT,
  NEGATED_RULE,
  isCounted,
  isGivenRate,
  isProcedureObject,
  isInListOfKinds,
  isRuleSubject,
  isSpecSentence,
} from './rule-shapes';
import { inStringValue, isCode, recordOf } from './code-shapes';
import { isInConditionOnAnyone } from './condition-clause';
import { isInTemplate, isSectionHeading } from './section-heading';
import { isBusinessModifier, isCodeDefinition, isProcedureStep } from './steps-and-modifiers';
import { isCategoryTalk, isListOfCategories, listsCategories, namesCategory } from './category-talk';
import { clauseOf, inQuotes, onlyQuoted } from './clauses';
import { isGreetedOnesOwn } from './name-context';

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
const JOB_AD = compileTrieDictionary(JOB_AD_WORDS);
const GROUP_ADDRESS = compileTrieDictionary(GROUP_ADDRESS_WORDS);
const SECOND_PERSON: { readonly [word: string]: true } = SECOND_PERSON_WORDS.reduce<{ [word: string]: true }>(
  (acc, word) => {
    acc[word] = true;
    return acc;
  },
  {},
);

/** Whether the span speaks of no one in particular, and why (memoised: each sentence is read once). */
const noOne = memoBySpan((doc: ScanDocument, span: Span): NoOneReason | undefined => {
  const lower = doc.lower.slice(span.start, span.end);
  if (isPolicyTalk(doc, span) || NEGATED_RULE.test(lower) || IMPERATIVE_PROCEDURE.test(lower))
    return 'policy';
  if (listsCategories(lower) || CONDITION_ON_ANYONE.test(lower) || EVERYONE_WHO.test(lower)) return 'generic';
  if (firstWord(GENERIC, lower) !== undefined) return 'generic';
  if (
    lower.indexOf('%') >= 0 ||
    GROUP_COUNT.test(lower) ||
    CHANGING_ABSENCE.test(lower) ||
    firstWord(AGGREGATE, lower) !== undefined
  )
    return 'aggregate';
  if (firstWord(OFFER, lower) !== undefined) return 'offer';
  return undefined;
});

/**
 * Whether the mail is written to a group or to whoever signs up ("Hi all", "Anmälan senast 8/10"). A role
 * noun ("care of sick child") and "you" are then any reader's, as generic as a rule. A term with no one at
 * all stays unstated: a dropped subject ("Sjukskriven idag") is most often the writer.
 */
export const isToGroup = memoPer(
  (doc: ScanDocument): boolean => firstWord(GROUP_ADDRESS, doc.lower) !== undefined,
);

/**
 * Whether the document speaks to whoever reads it: a job ad, a notice with a diversity statement or rule
 * anywhere in it, or a mail to a group or an invitation to sign up. Its "you" is then every reader ("Du liker å se ting du har laget fungere … på sykehus"
 * in an ad that welcomes applicants "uavhengig av …"), as generic as the statement itself.
 */
const isAddressedToAnyone = memoPer(
  (doc: ScanDocument): boolean =>
    firstWord(GENERIC, doc.lower) !== undefined ||
    isJobAd(doc) ||
    firstWord(GROUP_ADDRESS, doc.lower) !== undefined,
);

/** Whether the document is a job ad ("Vi söker …", "Ansøgningsfrist 1. marts"). */
const isJobAd = memoPer((doc: ScanDocument): boolean => firstWord(JOB_AD, doc.lower) !== undefined);

const OWN_SHARE = /\d\s?%/;
/**
 * Why the term is about no one when its own clause names no one and says why (figures, a rule, a list of
 * kinds), whoever the rest of the sentence names: "Raj shared some context: across clients, average
 * absence is 7.8 days per employee, with mental health conditions the largest single cause (c. 23 %)". Who
 * reports a figure is not whom it counts.
 */
function clauseAboutNoOne(doc: ScanDocument, sentence: Span, hit: Span): NoOneReason | undefined {
  const clause = clauseOf(doc, sentence, hit);
  // A share right at the term is one person's degree ("sjukskriven 50 %"), not a figure for a group.
  if (clause === undefined || OWN_SHARE.test(doc.text.slice(Math.max(0, hit.start - 10), hit.end + 10)))
    return undefined;
  return personAnchor(doc, clause, hit) === undefined ? noOne(doc, clause) : undefined;
}

/** Whom the term at `hit` (in `sentence`) is about. */
export function aboutWhom(doc: ScanDocument, sentence: Span, hit: Span): About {
  // A logged record's value is data, and the person the record names owns it: `{"pasient":"Silje Moen",
  // "diagnose":"Diabetes mellitus type 1"}`. Keys, and values of records that name no one, are code.
  // A message a person wrote, logged as a value, is theirs too: `"besked":"… jeg er gravid i 5. måned"`.
  if (isCode(doc, hit)) {
    const anchor = inStringValue(doc.text, hit) ? personAnchor(doc, recordOf(doc, hit), hit) : undefined;
    if (anchor === undefined || firstWord(ROLE, anchor) !== undefined) return { kind: 'no-one', why: 'code' };
    return { kind: 'person', anchor, role: false, despite: undefined };
  }
  if (isBlankField(doc, hit)) return { kind: 'no-one', why: 'generic' };
  const column = aboutColumn(doc, hit);
  if (column === 'people') return { kind: 'person', anchor: 'table', role: false, despite: undefined };
  if (column === 'figures') return { kind: 'no-one', why: 'aggregate' };
  const lead = leadOf(doc, hit);
  // A nested item also hangs from its parent item: "1. Amina Farah" over "   - Wears a hijab".
  const parent = parentItem(doc.text, hit.start);
  const spans = [sentence];
  if (lead !== undefined) spans.push(lead);
  if (parent !== undefined) spans.push(parent);
  let why: NoOneReason | undefined;
  for (const span of spans) why = why ?? noOne(doc, span);
  // A quoted sentence under a rule, or right after one on its line, is its example ("Skriv aldrig, hvad du
  // fejler. "Jeg er syg i dag" er nok."): the person in it is no one.
  if (inQuotes(doc, sentence, hit)) {
    const lineBefore = { start: lineStart(doc.text, sentence.start), end: sentence.start };
    const example =
      why ??
      (lineBefore.end > lineBefore.start ? noOne(doc, lineBefore) : undefined) ??
      (isCategoryTalk(doc) ? 'policy' : undefined);
    if (example !== undefined) return { kind: 'no-one', why: example };
  }
  // A name in a list's lead-in ("HR-siffrorna som Annika tog fram:") does not outweigh the item's own
  // figures or rule ("- Total sjukfrånvaro 3,1 %"): who compiled the list is not whom it is about. Nor
  // does a pronoun over a list of the categories themselves ("They are:" / "- political opinions").
  const categories = lead !== undefined && isListOfCategories(doc, lead) ? 'generic' : undefined;
  why = why ?? categories;
  const ownWhy = spans.length === 1 ? why : (noOne(doc, sentence) ?? categories);
  if (isInConditionOnAnyone(doc, sentence, hit)) return { kind: 'no-one', why: why ?? 'generic' };
  if (isGivenRate(doc, hit)) return { kind: 'no-one', why: 'aggregate' };
  if (isProcedureObject(doc, hit)) return { kind: 'no-one', why: 'policy' };
  if (isBusinessModifier(doc, hit)) return { kind: 'no-one', why: 'generic' };
  if (isSpecSentence(doc, sentence)) return { kind: 'no-one', why: 'generic' };
  // A heading that names no one is a line of its own: the text under it ("1. Sjukanmälan" over
  // "Medarbetaren anmäler till dig …") is not its sentence.
  if (isSectionHeading(doc, hit) || isInTemplate(doc, hit)) return { kind: 'no-one', why: 'policy' };
  const clauseWhy = clauseAboutNoOne(doc, sentence, hit);
  if (clauseWhy !== undefined) return { kind: 'no-one', why: clauseWhy };
  let role: string | undefined;
  for (const span of spans) {
    if (span !== sentence && ownWhy !== undefined) continue;
    const anchor = personAnchor(doc, span, hit);
    // A rule's quoted example is no one's: "Skriv aldrig … "han har fått utmattning" i mejl".
    if (anchor === undefined || (why === 'policy' && onlyQuoted(doc, span, anchor))) continue;
    if (firstWord(ROLE, anchor) === undefined) return { kind: 'person', anchor, role: false, despite: why };
    role = role ?? anchor;
  }
  if (why === undefined && isRuleSubject(doc, hit)) why = 'policy';
  if (why === undefined && (isInListOfKinds(doc, hit) || isCodeDefinition(doc, hit))) why = 'generic';
  if (why === undefined && isCounted(doc, hit)) why = 'aggregate';
  // A list of people the term leads outweighs a count or a period in its sentence: "Meiltä hiihtää tänä
  // vuonna kuusi henkilöä, ja heistä seuraavat ovat TEK:n jäseniä:" over their names. A rule does not.
  if (why !== 'policy' && leadsListOfPeople(doc, hit))
    return { kind: 'person', anchor: 'list', role: false, despite: undefined };
  if (why !== undefined) return { kind: 'no-one', why };
  if (role === undefined) {
    // A file said to hold the data is about the people it lists (see FILE_HOLDS).
    if (FILE_HOLDS.test(doc.lower.slice(sentence.start, sentence.end)))
      return { kind: 'person', anchor: 'attachment', role: false, despite: undefined };
    // A job ad's requirements are whoever applies ("Ren straffeattest"), a place's access whoever needs it
    // (ACCESS_STATEMENT): no one yet. Text that names the special categories teaches them: its examples
    // ("En deltagarlista med namn, personnummer och matallergier") are no one's.
    if (isJobAd(doc) || ACCESS_STATEMENT.test(doc.lower.slice(sentence.start, sentence.end)))
      return { kind: 'no-one', why: 'generic' };
    // The category itself named in words of its own, of no one: "Politiska åsikter är privata – ingen
    // kampanj på jobbet". A single word ("diagnosis", "sjukskrivningar") may be anyone's record.
    const term = doc.lower.slice(hit.start, hit.end);
    const named = term.indexOf(' ') > 0 && namesCategory(term);
    return named || isCategoryTalk(doc) ? { kind: 'no-one', why: 'policy' } : { kind: 'unstated' };
  }
  // A role in a procedure's step ("Dag 8: Medarbetaren lämnar läkarintyg") is whoever it happens to.
  if (isProcedureStep(doc, hit)) return { kind: 'no-one', why: 'policy' };
  // "You" in a text to every reader is no one in particular, whatever the term; "your" in a mail that greets
  // one person by name is theirs ("Hi Ben, … your ADHD diagnosis").
  if (SECOND_PERSON[role] === true && isAddressedToAnyone(doc) && !isGreetedOnesOwn(doc, role))
    return { kind: 'no-one', why: 'generic' };
  return { kind: 'person', anchor: role, role: true, despite: isToGroup(doc) ? 'generic' : undefined };
}
