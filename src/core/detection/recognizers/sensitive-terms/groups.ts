/**
 * Terms that name a group rather than a person: patients or users with a condition in the plural, a field of
 * care, care staff as a workforce, a union as the workplace's party, and a mail that is a notice to a group.
 * Used by `term-finder.ts`.
 */
import type { ScanDocument, Span } from '../../types';
import { memoPer } from '../../memo';
import { aboutWhom, isToGroup } from './about-whom';
import { sentenceAround } from './anchors';
import { termMatches } from './term-index';

/** Patients in the plural, after the term or as its compound's head: "cancer patients", "cancerpatienter". */
const PATIENTS_AFTER = /^ (?:patients|sufferers)(?![a-z])/;
/** Care staff in the plural: "jeres sygeplejersker, SOSU-assistenter og terapeuter" are a workforce. */
const STAFF_PLURAL =
  /^(?:terapeuter|therapists|fysioterapeuter|physiotherapists|sygeplejersker|sjuksköterskor|sykepleiere|nurses|psykologer|psychologists|hoitajat)$/;
const PATIENTS_HEAD = /^[a-z\u00DF-\u00FF]*(?:patienter|pasienter|potilaat|potilaille|potilaiden)/;
/**
 * A group or a field before the term: people in the plural with it ("patients with diabetes", "pasienter
 * med KOL", "potilaat, joilla on sydämen vajaatoiminta", "brugere med demens", "elever med
 * hörselnedsättning", "guests with allergies"; at most two words between),
 * or a field of care that a customer works in ("en ny kund inom psykiatrin", "innen psykiatri og rusomsorg").
 */
const GROUP_OR_FIELD_BEFORE =
  /(?:(?:patients|patienter|pasienter|potilaat|people|personer|users|användare|brukere|brugere|käyttäjät|residents|boende|beboere|asukkaat|pupils|students|elever|elevene|eleverne|oppilaat|opiskelijat|guests|gäster|gjester|gæster|employees|anställda|ansatte|medarbetare|medarbejdere|tenants|hyresgäster|leietakere|lejere),? (?:with|med|som har|who have|der har|joilla on)(?: [^\s.,;:!?]+){0,2}|(?:inom|innen|inden for|within)) $/;

/**
 * Whether the term names a group of patients a ward or product serves ("the wing for cancer patients",
 * "syöpäpotilaille", "patients with diabetes") or a field of care ("inom psykiatrin"). Only when no one is
 * named with it: "Anna är en av våra cancerpatienter" is Anna's.
 */
export function isGroupOrField(doc: ScanDocument, hit: Span): boolean {
  const after = doc.lower.slice(hit.end, hit.end + 16);
  if (STAFF_PLURAL.test(doc.lower.slice(hit.start, hit.end))) return true;
  return (
    PATIENTS_AFTER.test(after) ||
    PATIENTS_HEAD.test(after) ||
    GROUP_OR_FIELD_BEFORE.test(doc.lower.slice(Math.max(0, hit.start - 60), hit.start))
  );
}

/**
 * A union or its office as the party spoken to: "til tillidsrepræsentanten", "med facket", "and the union
 * rep", "med de tillitsvalgte". Group 1: the article or possessive, if any.
 */
const PARTY_BEFORE =
  /(?:^|[^a-zåäöæø])(?:til|till|to|med|with|og|och|and) ((?:the |de |jeres |er |your |vores |vår |our )?)$/;

/**
 * Whether a union or its office (`label` "art9:trade-union", not a union's own name) is the party a workplace
 * informs, consults or negotiates with ("Vi skal informere og høre samarbejdsudvalget og
 * tillidsrepræsentanten, inden det meldes ud – jeg foreslår …"): no one's membership. Only as a definite
 * party: after an article or in the Nordic definite form, since "til" before a bare office gives it to
 * someone ("Mette blev valgt til tillidsrepræsentant"). A name right after it ("til tillidsrepræsentanten,
 * Mette Lund") says who holds the office.
 */
export function isUnionAsParty(doc: ScanDocument, hit: Span, label: string | undefined): boolean {
  if (label !== 'art9:trade-union') return false;
  const party = PARTY_BEFORE.exec(doc.lower.slice(Math.max(0, hit.start - 12), hit.start));
  return (
    party !== null &&
    (party[1] !== '' || /e[nt]$/.test(doc.lower.slice(hit.start, hit.end))) &&
    !/^,? [A-ZÅÄÖÆØ]/.test(doc.text.slice(hit.end, hit.end + 3))
  );
}

/** Terms about no one that make a mail to a group a notice (see `isNoticeToGroup`). */
const NOTICE_TOPICS = 3;

/**
 * Whether the mail is a notice to a group about rules or figures ("Hei alle sammen! … hvordan det er med
 * egenmelding hos oss, så her kommer en kort oppsummering"): written to a group, with at least three terms
 * about no one. A term in it whose subject is left unstated is one more of the notice's topics, not a
 * dropped "I"; a term with someone named stays theirs.
 */
export const isNoticeToGroup = memoPer((doc: ScanDocument): boolean => {
  if (!isToGroup(doc)) return false;
  let noOne = 0;
  for (const hit of termMatches(doc))
    if (aboutWhom(doc, sentenceAround(doc.text, hit), hit).kind === 'no-one') noOne++;
  return noOne >= NOTICE_TOPICS;
});
