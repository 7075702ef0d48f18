/**
 * Turns term matches into candidates for one recognizer: the evidence each tier needs (see term-index.ts)
 * is looked up only in the hit's sentence. Reasons: `term:<as written>`, `tier:<tier>`, `anchor:<word>` or
 * `context:<hr word>`, and the label (`art9:religion`).
 */
import type { Candidate, ScanDocument, Span } from '../../types';
import {
  hrContext,
  inTrap,
  isEventAfter,
  membershipBefore,
  officeAfter,
  seatFor,
  sentenceAround,
} from './anchors';
import { isInOrganisationColumn, membershipColumn, membershipInBrackets } from './term-columns';
import {
  capitalised,
  isInCompanyName,
  isJoinedInName,
  isOurService,
  isPracticeName,
  isProfessionTitle,
  isRegionalUnit,
} from './organisation-names';
import { isOwnDentalAppointment } from './own-appointment';
import { noOneHead } from './term-heads';
import { aboutWhom } from './about-whom';
import { isGroupOrField, isNoticeToGroup, isUnionAsParty } from './groups';
import { isFirstName } from './first-names';
import {
  isHadBySomeone,
  isProductDocument,
  isSaidOfThing,
  isTechnical,
  isTechnicalCompound,
} from './technical';
import { sensesOf, termMatches, type Tier, type TermOwner, type TermSense } from './term-index';
import { isAnyQuantified } from './any-quantified';

/** Base scores: a strong term alone is sure enough to warn; anchored weak terms stay a little lower. */
const TIER_SCORE: { readonly [T in Tier]: number } = {
  strong: 0.8,
  cautious: 0.75,
  weak: 0.6,
  'weak-cautious': 0.6,
  membership: 0.75,
};
/** A person named next to a weak term is better evidence than HR context alone. */
const PERSON_BONUS = 0.05;

export interface TermOptions {
  /** Whether HR context (absence, leave, manager) is enough for a weak term: health yes, religion no. */
  readonly hrAnchors: boolean;
}

/** What a hit stands on: its reasons, and `info` when it is about no one. */
interface Evidence {
  readonly reasons: readonly string[];
  readonly info: boolean;
}

/**
 * Biometric data is taken by technical systems (door readers, phones, time clocks), so a technical
 * sentence does not make it someone's SSH key "fingerprint" when it names the person it is taken from.
 */
const NAMED_OUTWEIGHS_TECHNICAL = 'art9:biometric-genetic';
/**
 * Offences are logged by technical systems too (an access card logged at the scene, "named as a suspect"
 * in a security report): a person in the sentence outweighs the technical words, as for biometrics.
 */
const LOGGED_OFFENCE = 'art10:criminal-record';
/**
 * A term under "any" or "ingen" (`any-quantified.ts`) or in a notice to a group: shown as `info`, about no
 * one in particular.
 */
const ABOUT_NO_ONE: Evidence = { reasons: ['no-one:generic'], info: true };

/** The evidence for a hit of `sense`, or null when the hit does not stand. */
function evidence(doc: ScanDocument, sense: TermSense, hit: Span, options: TermOptions): Evidence | null {
  const tier = sense.tier;
  const sentence = sentenceAround(doc.text, hit);
  if (tier === 'membership') {
    const phrase =
      membershipBefore(doc, sentence, hit) ??
      officeAfter(doc, sentence, hit) ??
      seatFor(doc, sentence, hit) ??
      membershipColumn(doc, hit) ??
      membershipInBrackets(doc, hit);
    return phrase === undefined || isEventAfter(doc, hit)
      ? null
      : { reasons: [`anchor:${phrase}`], info: false };
  }
  const technical = tier === 'weak-cautious' && isTechnical(doc, sentence);
  if (technical && sense.label !== NAMED_OUTWEIGHS_TECHNICAL && sense.label !== LOGGED_OFFENCE) return null;
  const about = aboutWhom(doc, sentence, hit);
  // Biometric and genetic data in a sentence about a product or system, with no one named, describes the
  // product ("Fingeravtrycksmallarna lagras bara i secure element i enheten"), however strong the word.
  if (tier === 'strong' && sense.label === NAMED_OUTWEIGHS_TECHNICAL && about.kind !== 'person')
    if (isTechnical(doc, sentence)) return { reasons: ['no-one:technical'], info: true };
  if (about.kind !== 'no-one' && isAnyQuantified(doc, hit))
    return tier === 'strong' || tier === 'cautious' ? ABOUT_NO_ONE : null;
  if (technical && (about.kind !== 'person' || about.role)) return null;
  switch (about.kind) {
    case 'person':
      // A weak word with someone nearby, in a sentence about everyone ("han bokar en tid hos
      // företagshälsovården, som ingår för alla"), is still about no one's health.
      if (
        (tier === 'weak' || tier === 'weak-cautious') &&
        (about.despite === 'offer' || about.despite === 'generic')
      )
        return null;
      if (
        (tier === 'weak' || tier === 'weak-cautious') &&
        isOwnDentalAppointment(doc, sentence, hit, about.anchor)
      )
        return { reasons: [`anchor:${about.anchor}`, 'own:appointment'], info: true };
      return { reasons: [`anchor:${about.anchor}`], info: false };
    case 'no-one':
      // Talk about a category is no one's data: strong words stay visible as `info`, weak ones go.
      return tier === 'strong' || tier === 'cautious'
        ? { reasons: [`no-one:${about.why}`], info: true }
        : null;
    case 'unstated':
      break;
  }
  if ((tier === 'strong' || tier === 'cautious') && isProductDocument(doc))
    return { reasons: ['no-one:technical'], info: true };
  if ((tier === 'strong' || tier === 'cautious') && isNoticeToGroup(doc)) return ABOUT_NO_ONE;
  if (tier === 'strong') return { reasons: [], info: false };
  if (tier === 'cautious')
    return isTechnical(doc, sentence) && !isHadBySomeone(doc, hit) ? null : { reasons: [], info: false };
  const hr = options.hrAnchors ? hrContext(doc, sentence) : undefined;
  return hr === undefined ? null : { reasons: [`context:${hr}`], info: false };
}

/** Whether the hit is written with a capital and is a first name ("Christian", "Kristen"): a person's name. */
function isNameNotTerm(doc: ScanDocument, hit: Span): boolean {
  return capitalised(doc, hit) && isFirstName(doc.text.slice(hit.start, hit.end));
}

/**
 * Whether a term written in digits ("1177", the Swedish health line) is one group of a longer number: "044 902
 * 1177" is a phone number, "1177-3" a reference.
 */
function inLongerNumber(doc: ScanDocument, hit: Span): boolean {
  const text = doc.text;
  if (!/^\d+$/.test(text.slice(hit.start, hit.end))) return false;
  return (
    /\d[ \-/.]?$/.test(text.slice(Math.max(0, hit.start - 2), hit.start)) ||
    /^[ \-/.]?\d/.test(text.slice(hit.end, hit.end + 2))
  );
}

/**
 * Words whose sense survives as the first part of a compound. Nordic compounds are head-final
 * ("halal-lunsj" is a lunch), but a dietary law names the faith whatever dish it qualifies, so
 * "halal-lunsj", "halalmat" and "kosher meals" say as much about a person as "halal" alone; a feast names it
 * whatever period it dates ("ramadan-perioden").
 */
const SENSE_AS_MODIFIER: readonly string[] = ['halal', 'kosher', 'ramadan'];

/** Whether a matched entry (`halal*`) keeps its sense as the first part of a compound. */
function keepsSense(entry: string): boolean {
  return SENSE_AS_MODIFIER.indexOf(entry.replace(/\*$/, '')) >= 0;
}

/**
 * The term as a reason shows it: as written, unless a phrase shape matched something that is data itself
 * (a biometric record's base64) or holds figures: then the listed entry it stands for. Reasons are kept
 * and shown; values never are.
 */
function reasonTerm(written: string, entry: string): string {
  return written.length <= 40 && !/[0-9]/.test(written) ? written : entry.replace(/\*$/, '');
}

/** Every term hit of `owner` that stands, with its reasons. */
export function* findTerms(doc: ScanDocument, owner: TermOwner, options: TermOptions): Generator<Candidate> {
  for (const hit of termMatches(doc)) {
    for (const sense of sensesOf(hit.word)) {
      if (sense.owner !== owner) continue;
      if (isNameNotTerm(doc, hit) || inTrap(doc, hit) || inLongerNumber(doc, hit)) continue;
      // Head-final compounds: "sjukhusprojektet", "allergi-appen" and "systemdiagnos" are not about a body.
      if (isTechnicalCompound(doc, hit, hit.headAt ?? hit.start)) continue;
      // "ill-formed", "fever-like": a weak word joined by a hyphen is an adjective about something else,
      // unless its sense survives as a modifier ("halal-lunsj").
      // An organisation keeps its name in a compound: "IF Metall-klubben" is the union's club.
      if (
        sense.tier !== 'strong' &&
        sense.tier !== 'membership' &&
        doc.text.charAt(hit.end) === '-' &&
        !keepsSense(hit.word)
      )
        continue;
      // A practice, a profession's title, a company's name with its legal form: whatever the word, no body.
      if (isPracticeName(doc, hit) || isProfessionTitle(doc, hit) || isInCompanyName(doc, hit)) continue;
      // A care unit named by its region is a workplace; a union's district ("HK Midt") is still the union.
      if (sense.tier !== 'membership' && isRegionalUnit(doc, hit)) continue;
      if (sense.tier !== 'membership' && isUnionAsParty(doc, hit, sense.label)) continue;
      // A weak word in a column of organisations or in an organisation's name, or said of a machine, is
      // about no body.
      if (
        (sense.tier === 'weak' || sense.tier === 'weak-cautious') &&
        (isInOrganisationColumn(doc, hit) ||
          isJoinedInName(doc, hit) ||
          (sense.tier === 'weak-cautious' && isOurService(doc, hit)) ||
          isSaidOfThing(doc, hit))
      )
        continue;
      const topic = noOneHead(doc, hit);
      let found: Evidence | null =
        topic === undefined ? evidence(doc, sense, hit, options) : { reasons: [topic], info: true };
      if (found !== null && !found.info && !(found.reasons[0] ?? '').startsWith('anchor:'))
        if (isGroupOrField(doc, hit)) found = { reasons: ['no-one:generic'], info: true };
      if (found === null) continue;
      const reasons = found.reasons;
      const anchored = (reasons[0] ?? '').indexOf('anchor:') === 0;
      const weak = sense.tier === 'weak' || sense.tier === 'weak-cautious';
      const term = reasonTerm(doc.lower.slice(hit.start, hit.end).replace(/\s+/g, ' '), hit.word);
      const head = hit.headAt === undefined ? [] : [`head:${doc.lower.slice(hit.headAt, hit.end)}`];
      yield {
        start: hit.start,
        end: hit.end,
        pattern: `${sense.tier}-term`,
        score: TIER_SCORE[sense.tier] + (weak && anchored ? PERSON_BONUS : 0),
        reasons: [`term:${term}`].concat(
          head,
          [`tier:${sense.tier}`],
          reasons,
          sense.label === undefined ? [] : [sense.label],
        ),
        ...(found.info ? { severity: 'info' as const } : {}),
      };
    }
  }
}
