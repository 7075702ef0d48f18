/**
 * A word as part of an organisation's or a unit's name: written with a capital and followed on its line by
 * a company form ("Kinetiq Health Ltd", "Nordic Care AS", "Bevægelse Rehab ApS"; at most two more capitalised
 * words between), whatever the word; or, for a weak word, joined by "&" to another capitalised word
 * ("Vinnter Health & Care", "Health & Care UK"). A strong word without the legal form keeps its sense in a
 * name ("Capio Psykiatri" is care someone receives).
 */
import type { ScanDocument, Span } from '../../types';

const CAPITAL = 'A-ZÅÄÖÆØ';
/** A company form after the word: "Health Ltd", "Health Tech Oy", "Care & Cure AB". */
const FORM_AFTER = new RegExp(
  `^(?:[ \\t]+(?:&[ \\t]+)?[${CAPITAL}][\\w'’-]*){0,2}[ \\t,]+(?:AB|ASA|AS|A/S|ApS|Oy|Oyj|Ltd|Limited|GmbH|Inc|LLC|PLC|plc)(?![\\w/])`,
);
/** "&" joining the word to another capitalised word: "Health & Care", "Social & Health". */
const AMPERSAND_AFTER = new RegExp(`^[ \\t]+&[ \\t]+[${CAPITAL}]`);
const AMPERSAND_BEFORE = new RegExp(`[${CAPITAL}][\\w'’-]*[ \\t]+&[ \\t]+$`);

/** Whether the hit is written with a capital, as a name's words are. */
export function capitalised(doc: ScanDocument, hit: Span): boolean {
  const first = doc.text.charAt(hit.start);
  return first !== first.toLowerCase();
}

/**
 * Whether the capitalised hit is part of a company's name with its legal form ("Bevægelse Rehab ApS, CVR
 * …"): a company, whatever the word, strong ones too.
 */
export function isInCompanyName(doc: ScanDocument, hit: Span): boolean {
  return capitalised(doc, hit) && FORM_AFTER.test(doc.text.slice(hit.end, hit.end + 40));
}

/**
 * Whether the capitalised hit is joined by "&" to another capitalised word of a name (see above); a name with
 * its legal form is `isInCompanyName`.
 */
export function isJoinedInName(doc: ScanDocument, hit: Span): boolean {
  return (
    capitalised(doc, hit) &&
    (AMPERSAND_AFTER.test(doc.text.slice(hit.end, hit.end + 40)) ||
      AMPERSAND_BEFORE.test(doc.text.slice(Math.max(0, hit.start - 30), hit.start)))
  );
}

/** Where someone is treated: "går på", "at", "hos" before the unit ("hon går på Rehab Väst"). */
const ATTENDS_BEFORE = /(?:^|[^a-zåäöæø])(?:på|i|hos|vid|ved|at|in|to|till|til)[ \t]+$/;

/**
 * A practice or a hospital by its name, after the place's name: "Lister Road Surgery", "Vestkyst Hospital",
 * "Aker Sykehus".
 */
const PRACTICE = /^(?:Surger(?:y|ies)|Hospital|Clinic|Sjukhus|Sykehus|Sygehus|Sairaala)$/;
const NAME_BEFORE = new RegExp(`[${CAPITAL}][a-zåäöæø'’-]*[ \\t]+$`);

/**
 * Whether the hit names a GP practice ("Lister Road Surgery", "Heaton Moor Surgery"), which a strong word
 * for an operation does not become: written with a capital after a capitalised word that is no one's
 * ("Anna's Surgery" is hers, and so is an operation).
 */
export function isPracticeName(doc: ScanDocument, hit: Span): boolean {
  if (!PRACTICE.test(doc.text.slice(hit.start, hit.end))) return false;
  const before = doc.text.slice(Math.max(0, hit.start - 30), hit.start);
  if (!NAME_BEFORE.test(before) || /['’]s[ \t]+$/.test(before)) return false;
  // Someone admitted there is named by the place: "hon ligger på Aker Sykehus", "he is at Vestkyst Hospital".
  const place = before.replace(NAME_BEFORE, '');
  return !ATTENDS_BEFORE.test(place.toLowerCase());
}

/** Care professions, by their endings in the five languages. */
const PROFESSION =
  /(?:terapeut|therapist|psykolog|psychologist|läkare|lege|læge|lääkäri|sköterska|sykepleier|sygeplejerske|hoitaja|nurse|barnmorska|jordmor|jordemoder|kätilö|midwife|kiropraktor|chiropractor|naprapat)$/;
/**
 * A name and a comma or an opening bracket before: "Hanne Vik, fysioterapeut …", "Hanna Sundqvist
 * (fysioterapeut, …".
 */
const NAME_COMMA_BEFORE = new RegExp(`[${CAPITAL}][a-zåäöæø'’-]+(?:,|[ \\t]*\\()[ \\t]*$`);
/** Where the person works, or the end of the apposition: "… fra BHT Vest", "… at Lister Road", ",". */
const WORKPLACE_AFTER = new RegExp(
  `^(?:[ \\t]+(?:fra|från|from|at|hos|ved|på|i|with)[ \\t]+[${CAPITAL}]|[ \\t]*[,(])`,
);

/**
 * Whether the hit is someone's job, in apposition to their name: "Hanne Vik, fysioterapeut fra BHT Vest",
 * "Sara Holm, sjuksköterska på avdelning 4,", "Hanna Sundqvist (fysioterapeut, kvalitetsansvarig)". A
 * title, not care anyone receives.
 */
export function isProfessionTitle(doc: ScanDocument, hit: Span): boolean {
  if (!PROFESSION.test(doc.lower.slice(hit.start, hit.end))) return false;
  return (
    NAME_COMMA_BEFORE.test(doc.text.slice(Math.max(0, hit.start - 40), hit.start)) &&
    WORKPLACE_AFTER.test(doc.text.slice(hit.end, hit.end + 30))
  );
}

/** A region or district after a capitalised word: "Rehab Väst", "Psykiatri Nordost", "Helse Nord". */
const REGION_AFTER =
  /^[ \t]+(?:Väst|Öst|Syd|Norr|Nord|Söder|Nordväst|Nordost|Sydväst|Sydost|Vest|Øst|Sør|Nordvest|Sørøst|Sydvest|Midt|Sentrum|Centrum|City)(?![\wåäöæø])/;

/**
 * Whether the capitalised hit names a unit by its region, as care providers and public bodies are named
 * ("Göran Alm (verksamhetschef, Rehab Väst)", "Psykiatri Nordost"): an organisation, whatever the word, as
 * a practice is ("Lister Road Surgery"); but not where someone goes for care ("hon går på Rehab Väst").
 */
export function isRegionalUnit(doc: ScanDocument, hit: Span): boolean {
  if (!capitalised(doc, hit) || !REGION_AFTER.test(doc.text.slice(hit.end, hit.end + 12))) return false;
  return !ATTENDS_BEFORE.test(doc.lower.slice(Math.max(0, hit.start - 12), hit.start));
}

const OURS_AFTER = /^[ \t]+(?:vår|vårt|våra|vores|vort)(?![a-zåäöæø])/;
const OURS_BEFORE = /(?:^|[^a-zåäöæø])(?:our|vår|vårt|våra|vores|vort|meidän)[ \t]+$/;

/**
 * Whether a weak word is the company's own service: "bedriftshelsetjenesten vår", "our occupational health
 * provider", "vår företagshälsovård". The writer's organisation offers it; it says nothing of a body.
 */
export function isOurService(doc: ScanDocument, hit: Span): boolean {
  return (
    OURS_AFTER.test(doc.lower.slice(hit.end, hit.end + 8)) ||
    OURS_BEFORE.test(doc.lower.slice(Math.max(0, hit.start - 10), hit.start))
  );
}
