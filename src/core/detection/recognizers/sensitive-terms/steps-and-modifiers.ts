/**
 * Where a term speaks of roles, business or kinds, whoever the sentence names: a procedure's step ("Dag 1-7:
 * Medarbetaren sjukanmäler sig"), an English term that modifies a noun of business ("Rehab coordination
 * hours") and a code's definition in a list of codes ("SYK: egenmelding eller sykmelding"). Used by
 * `about-whom.ts`.
 */
import type { ScanDocument, Span } from '../../types';
import { lineStart } from '../../sentences';
import { isFirstName } from './first-names';

/**
 * A step of a procedure, labelled by its day, week or number: "Dag 1-7: Medarbetaren sjukanmäler sig",
 * "Step 3: The employee's manager books a meeting". Its role nouns are roles in the procedure.
 */
const STEP_LABEL =
  /^[ \t]*(?:dag|day|steg|step|trin|uke|uge|vecka|week|päivä|vaihe|fase?|phase)[ \t]*\d{1,3}(?:[ \t]*[-–][ \t]*\d{1,3})?[ \t]*[:.)]/;

/** Whether the term stands on a line that is a procedure's step (see STEP_LABEL). */
export function isProcedureStep(doc: ScanDocument, hit: Span): boolean {
  return STEP_LABEL.test(doc.lower.slice(lineStart(doc.text, hit.start), hit.start));
}

/**
 * An English noun of business right after the term makes it a modifier: "the hospital names", "Rehab
 * coordination hours", "cancer patients' market". Nordic languages write these as compounds, which their head
 * decides (`compounds.ts`).
 */
const BUSINESS_NOUN_AFTER =
  /^ (?:names?|coordination|hours|services?|packages?|providers?|market|sector|industry|customers?|clients?|contracts?|budget|costs|fees?|invoices?|partners?|projects?|products?|programme|program|portfolio|segment|vendors?|suppliers?|tender|pilot|software|platform)(?![a-z])/;
/** A person's own before it keeps it theirs: "her rehab programme", "Annas", "Tom's". */
const OWNER_BEFORE = /(?:\b(?:his|her|their|my|your|our)|['’]s)\s+$/;

/** Whether the term modifies a noun of business and no one's possessive stands before it (see above). */
export function isBusinessModifier(doc: ScanDocument, hit: Span): boolean {
  return (
    BUSINESS_NOUN_AFTER.test(doc.lower.slice(hit.end, hit.end + 16)) &&
    !OWNER_BEFORE.test(doc.lower.slice(Math.max(0, hit.start - 12), hit.start))
  );
}

/**
 * A line that defines a code: a label in capitals, then a colon or a dash and a space ("- SYK: egenmelding
 * eller sykmelding", "LOMA – vuosiloma"); not a calendar file's field ("DESCRIPTION:Kari er gravid").
 */
const CODE_LINE =
  /^[ \t]*(?:[-*•][ \t]*)?[A-ZÅÄÖÆØ][A-ZÅÄÖÆØ0-9]{1,11}(?: [A-ZÅÄÖÆØ0-9]{2,11})?[ \t]*[:–=-][ \t]/;
/** How many lines of a block must define codes for it to be a list of codes. */
const CODE_LINES_MIN = 3;

/**
 * Whether the term defines a code in a list of codes (three or more such lines in its block): an absence
 * code's meaning ("SYK: egenmelding eller sykmelding") is a kind, no one's. A speaker's name in a transcript
 * ("IDA: Epilepsi, sedan barndomen") is a person, not a code; and `about-whom.ts` asks only when no one is
 * named in the sentence.
 */
export function isCodeDefinition(doc: ScanDocument, hit: Span): boolean {
  const text = doc.text;
  const start = lineStart(text, hit.start);
  if (!CODE_LINE.test(text.slice(start, hit.start))) return false;
  const label = /[A-ZÅÄÖÆØ]+/.exec(text.slice(start, hit.start))?.[0] ?? '';
  if (isFirstName(label.charAt(0) + label.slice(1).toLowerCase())) return false;
  const blockStart = text.lastIndexOf('\n\n', start) + 1;
  const blockEnd = text.indexOf('\n\n', hit.end);
  const block = text.slice(blockStart, blockEnd < 0 ? text.length : blockEnd).split('\n');
  return block.filter((line) => CODE_LINE.test(line)).length >= CODE_LINES_MIN;
}
