/**
 * A term's head says what it names: a compound headed by figures, rules, a service or a market ("sjuk-
 * frånvaro|statistiken", "sjukskrivnings|rutinen", "kuntoutus|palvelut"), or an English term qualifying a
 * form, rule, system or talk apart ("the sick leave reporting form"), names no one's body.
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
 * "the parental leave policy"; so does a Finnish genitive ("työterveyshuollon esittely"). A term that
 * qualifies a form, rule or system names a kind of document, one that qualifies a talk or a tour (an
 * onboarding agenda's "työterveyshuollon esittely", "a sick leave briefing") names its topic, and one that
 * qualifies figures ("the sick leave figures") names a statistic.
 */
const HEAD_AFTER =
  /^(?: ?\/ ?[a-z]+)?(?: reporting| request| registration)? (?:forms?|polic(?:y|ies)|process(?:es)?|procedures?|rules|guidelines|templates?|portal|system|module|fields?|workflow|(?:esittely|läpikäyn|perehdytys)[a-zäö]*|info|briefing|presentation|introduction|intro|overview|walkthrough|figures|statistics|stats|numbers)(?![a-zåäöæø])/;

/** Whether a stem hit's word goes on into a head about figures or rules, and which reason that gives. */
export function noOneHead(doc: ScanDocument, hit: TermMatch): string | undefined {
  if (HEAD_AFTER.test(doc.lower.slice(hit.end, hit.end + 40)) && !isPossessed(doc, hit))
    return 'no-one:policy';
  if (hit.word.charAt(hit.word.length - 1) !== '*') return undefined;
  const rest = doc.lower.slice(hit.start + hit.word.length - 1, hit.end);
  for (const [head, why] of NO_ONE_HEADS) if (head.test(rest)) return why;
  return undefined;
}
