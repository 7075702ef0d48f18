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
const VERB_FIRST_OPENING = /^[\s\-*•]*(?:har|är|behöver|er|trenger|trænger)\s(?:du|ni|dere|i)\s/;
/**
 * A request to tell about it or to state it: "säg till om specialkost eller allergier", "let us know about any
 * needs", "Husk at oplyse allergier ved tilmelding", "Kom ihåg att ange allergier", "Ilmoitathan allergiat",
 * "Write allergies in the comment field", or a form's field for it ("a field for allergies"). What is asked for
 * is not there yet: no one's data, unless the clause names someone ("skriv Annas allergi på skylten"; "I
 * forgot to mention my diagnosis" is the writer's).
 */
const REQUEST_OPENING =
  /(?:^|[^a-zåäöæø])(?:säg (?:gärna )?till om|meddela (?:gärna )?om|gi (?:gjerne )?beskjed om|si fra om|give? (?:gerne )?besked om|sig til om|let us know (?:about|of|if)|tell us about|ange|uppge|oppgi|oplyse?|angive?|opgive?|skriv[ae]?|write|mention|melde? fra om|ilmoit(?:a|taa|athan|attehan)|kerro(?:than)?|kertoa|merkitse|merkitä|(?:fält|felt|field) (?:för|for|til))\s/;
/** Where the condition's clause ends: a comma, semicolon, colon or dash, or "så" / "then". */
const CLAUSE_END = /[,;:–—]|\s-\s|\s(?:så|then)\s/;
const SECOND_PERSON = compileTrieDictionary(SECOND_PERSON_WORDS);

/** The clause of a condition in `sentence` that holds `hit`, if any ("…, og om dere har matallergier – …"). */
function conditionClause(doc: ScanDocument, sentence: Span, hit: Span): Span | undefined {
  const lower = doc.lower.slice(sentence.start, sentence.end);
  const openings: number[] = [];
  const every = new RegExp(CONDITION_OPENING.source, 'g');
  for (let m = every.exec(lower); m !== null; m = every.exec(lower)) openings.push(m.index + m[0].length);
  const asks = new RegExp(REQUEST_OPENING.source, 'g');
  for (let m = asks.exec(lower); m !== null; m = asks.exec(lower)) openings.push(m.index + m[0].length);
  const first = lower.indexOf('?') < 0 ? VERB_FIRST_OPENING.exec(lower) : null;
  if (first !== null) openings.push(first.index + first[0].length);
  for (const from of openings) {
    const end = lower.slice(from).search(CLAUSE_END);
    const clause = {
      start: sentence.start + from,
      end: sentence.start + (end < 0 ? lower.length : from + end),
    };
    if (hit.start >= clause.start && hit.end <= clause.end) return clause;
  }
  return undefined;
}

/** Whether the term at `hit` is inside a condition on anyone, with no one else named in that clause. */
export function isInConditionOnAnyone(doc: ScanDocument, sentence: Span, hit: Span): boolean {
  const clause = conditionClause(doc, sentence, hit);
  if (clause === undefined) return false;
  const anchor = personAnchor(doc, clause, hit);
  return anchor === undefined || firstWord(SECOND_PERSON, anchor) !== undefined;
}
