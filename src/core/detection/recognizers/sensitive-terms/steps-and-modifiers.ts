/**
 * Where a term speaks of roles or of business, whoever the sentence names: a procedure's step ("Dag 1-7:
 * Medarbetaren sjukanmäler sig") and an English term that modifies a noun of business ("Rehab coordination
 * hours"). Used by `about-whom.ts`.
 */
import type { ScanDocument, Span } from '../../types';
import { lineStart } from '../../sentences';

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
