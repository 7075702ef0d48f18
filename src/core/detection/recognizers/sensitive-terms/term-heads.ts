/**
 * A term's head says what it names: a compound headed by figures, rules, a service or a market ("sjuk-
 * frånvaro|statistiken", "sjukskrivnings|rutinen", "kuntoutus|palvelut"), or an English term qualifying a
 * form, rule or system apart ("the sick leave reporting form"), names no one's body.
 */
import type { ScanDocument } from '../../types';
import type { TermMatch } from './term-index';
import { isPossessed } from './rule-shapes';

/**
 * Heads that make a compound about figures, rules, an offering or a group, not about a body: "sjukfrånvaro|statistiken",
 * "sjukskrivnings|rutinen", "allergi|policyn", "kuntoutus|palvelut". Head-final, so the compound is what its
 * head is.
 */
const NO_ONE_HEADS: readonly [RegExp, string][] = [
  [/(?:statisti|siffr|tal$|talen|nivå|andel|kostnad|procent|prosent)/, 'no-one:aggregate'],
  [/(?:rutin|policy|regl|regel|blankett|skjema|lomake|process|handbok|håndbok|ohje)/, 'no-one:policy'],
  // services and markets are offered to anyone: "kuntoutus|palveluiden kilpailutus", "rehab|tjänster"
  [
    /(?:palvelu|tjänst|tjenest|ydelse|markkin|marknad|marked|sektor|bransch|branche|toimiala)/,
    'no-one:generic',
  ],
];

/**
 * English puts the head after the words it qualifies, apart: "the sick leave form", "sick leave / VAB form",
 * "the parental leave policy". A term that qualifies a form, rule or system names a kind of document.
 */
const ENGLISH_HEAD_AFTER =
  /^(?: ?\/ ?[a-z]+)?(?: reporting| request| registration)? (?:forms?|polic(?:y|ies)|process(?:es)?|procedures?|rules|guidelines|templates?|portal|system|module|fields?|workflow)(?![a-z])/;

/**
 * A talk or tour with the term as its topic, the head apart after it (a Finnish genitive, an English
 * qualifier): "työterveyshuollon esittely" in an onboarding agenda, "a sick leave briefing".
 */
const TOPIC_AFTER =
  /^ (?:esittely[a-zäö]*|läpikäyn[a-zäö]*|perehdytys[a-zäö]*|info|briefing|presentation|introduction|intro|overview|walkthrough)(?![a-zåäöæø])/;

/** Whether a stem hit's word goes on into a head about figures or rules, and which reason that gives. */
export function noOneHead(doc: ScanDocument, hit: TermMatch): string | undefined {
  const after = doc.lower.slice(hit.end, hit.end + 40);
  if ((ENGLISH_HEAD_AFTER.test(after) || TOPIC_AFTER.test(after)) && !isPossessed(doc, hit))
    return 'no-one:policy';
  if (hit.word.charAt(hit.word.length - 1) !== '*') return undefined;
  const rest = doc.lower.slice(hit.start + hit.word.length - 1, hit.end);
  for (const [head, why] of NO_ONE_HEADS) if (head.test(rest)) return why;
  return undefined;
}
