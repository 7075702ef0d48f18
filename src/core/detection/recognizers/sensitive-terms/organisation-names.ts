/**
 * A weak word as part of an organisation's or a unit's name: "Kinetiq Health Ltd", "Vinnter Health &
 * Care", "Health & Care UK", "Nordic Care AS". Written with a capital and followed on its line by a
 * company form (at most two more capitalised words between), or joined by "&" to another capitalised
 * word. Only weak words: a strong one keeps its sense in a name ("Capio Psykiatri" is care someone
 * receives).
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

/** Whether the capitalised hit is part of an organisation's name (see above). */
export function isInOrganisationName(doc: ScanDocument, hit: Span): boolean {
  const first = doc.text.charAt(hit.start);
  if (first === first.toLowerCase()) return false;
  const after = doc.text.slice(hit.end, hit.end + 40);
  return (
    FORM_AFTER.test(after) ||
    AMPERSAND_AFTER.test(after) ||
    AMPERSAND_BEFORE.test(doc.text.slice(Math.max(0, hit.start - 30), hit.start))
  );
}

/** "Surgery" as the British name of a doctor's practice, after the place's name: "Lister Road Surgery". */
const PRACTICE = /^Surger(?:y|ies)$/;
const NAME_BEFORE = new RegExp(`[${CAPITAL}][a-zåäöæø'’-]*[ \\t]+$`);

/**
 * Whether the hit names a GP practice ("Lister Road Surgery", "Heaton Moor Surgery"), which a strong word
 * for an operation does not become: written with a capital after a capitalised word that is no one's
 * ("Anna's Surgery" is hers, and so is an operation).
 */
export function isPracticeName(doc: ScanDocument, hit: Span): boolean {
  if (!PRACTICE.test(doc.text.slice(hit.start, hit.end))) return false;
  const before = doc.text.slice(Math.max(0, hit.start - 30), hit.start);
  return NAME_BEFORE.test(before) && !/['’]s[ \t]+$/.test(before);
}
