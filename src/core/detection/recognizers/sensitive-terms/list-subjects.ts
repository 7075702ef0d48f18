/**
 * The people a sensitive list is about. A health or art. 9 term on a lead-in line over a list of names
 * ("Allergier:" / "- Anna Berg" / "- Per Olsson") is about each of them (`about-whom.ts` anchors the term
 * to the list); this module gives the other side: the listed lines whose names are the data subjects, so a
 * name there is reported as `personal` (whose data it is), not as an `info` colleague or signature.
 */
import type { ScanDocument } from '../../types';
import { listBelow } from '../../sentences';
import { findTerms } from './term-finder';
import { termMatches } from './term-index';

/** The reason a term carries when it heads a list of people (see `about-whom.ts`). */
const LIST_ANCHOR = 'anchor:list';

const cache = new WeakMap<ScanDocument, ReadonlySet<number>>();

function collect(doc: ScanDocument): ReadonlySet<number> {
  const starts = new Set<number>();
  // Cheap gate: only a term on a line ending in a colon with lines below can head a list.
  let anyLeadIn = false;
  for (const hit of termMatches(doc)) {
    if (listBelow(doc.text, hit.start, 1).length > 0) {
      anyLeadIn = true;
      break;
    }
  }
  if (!anyLeadIn) return starts;
  const terms = [
    ...findTerms(doc, 'health', { hrAnchors: true }),
    ...findTerms(doc, 'special-category', { hrAnchors: false }),
  ];
  for (const term of terms) {
    if (term.severity === 'info' || (term.reasons ?? []).indexOf(LIST_ANCHOR) < 0) continue;
    for (const item of listBelow(doc.text, term.start)) starts.add(item.start);
  }
  return starts;
}

/**
 * Whether `start` begins a line listed under a sensitive lead-in that is about a list of people: the name
 * standing there is whom the data is about. Computed once per document.
 */
export function startsSubjectLine(doc: ScanDocument, start: number): boolean {
  let starts = cache.get(doc);
  if (starts === undefined) {
    starts = collect(doc);
    cache.set(doc, starts);
  }
  return starts.has(start);
}
