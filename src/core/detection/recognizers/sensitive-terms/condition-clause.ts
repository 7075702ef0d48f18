/**
 * The clause of a condition on the reader or anyone ("Om du har allergier, meddela Anna", "Har du en
 * funktionsnedsättning … – meddela receptionen"): a term inside it is whoever it concerns, whoever the main
 * clause names (the person to tell is not the person with the condition). A name inside the clause itself
 * ("Om du har frågor om Annas sjukskrivning") still ties the term to that person.
 */
import type { ScanDocument, Span } from '../../types';
import { firstWord } from '../../words';
import { personAnchor } from './anchors';
import { SECOND_PERSON_WORDS } from './about-words';
import { compileTrieDictionary } from './trie-dictionary';
import { CONDITION_ON_ANYONE as CONDITION_OPENING } from './rule-shapes';
/** The verb first, then the reader, at the start of a sentence that asks nothing (no "?"). */
const VERB_FIRST_OPENING =
  /^[\s\-*•]*(?:har|är|behöver|er|trenger|trænger|bruker|bruger|använder)\s(?:du|ni|dere|i)\s/;
/** Where the condition's clause ends: a comma, semicolon, colon or dash, or "så" / "then". */
const CLAUSE_END = /[,;:–—]|\s-\s|\s(?:så|then)\s/;
const SECOND_PERSON = compileTrieDictionary(SECOND_PERSON_WORDS);

/** The condition's clause in `sentence`, if the sentence has one. */
function conditionClause(doc: ScanDocument, sentence: Span): Span | undefined {
  const lower = doc.lower.slice(sentence.start, sentence.end);
  let open = CONDITION_OPENING.exec(lower);
  if (open === null && lower.indexOf('?') < 0) open = VERB_FIRST_OPENING.exec(lower);
  if (open === null) return undefined;
  const from = open.index + open[0].length;
  const end = lower.slice(from).search(CLAUSE_END);
  return { start: sentence.start + open.index, end: sentence.start + (end < 0 ? lower.length : from + end) };
}

/** Whether the term at `hit` is inside a condition on anyone, with no one else named in that clause. */
export function isInConditionOnAnyone(doc: ScanDocument, sentence: Span, hit: Span): boolean {
  const clause = conditionClause(doc, sentence);
  if (clause === undefined || hit.start < clause.start || hit.end > clause.end) return false;
  const anchor = personAnchor(doc, clause, hit);
  return anchor === undefined || firstWord(SECOND_PERSON, anchor) !== undefined;
}
