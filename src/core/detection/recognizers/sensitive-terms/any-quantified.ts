/**
 * A term under "any" is what someone might have, not what someone has: "including any allergies or dietary
 * needs", "eventuella matallergier", "evt. allergier", "mahdolliset allergiat". Asking about a category,
 * or saying that there is none ("hun har ingen allergier", "no doctor's note needed"), is no one's data, even with a pronoun in the
 * sentence ("no need to e-mail me about them"). Nordic "några/noen/nogen" are left out: they also mean
 * "some" in a statement ("hon tar några tabletter").
 */
import type { ScanDocument, Span } from '../../types';

/**
 * The quantifier, then at most one more word ("any food allergies") and one more kind with "or" ("any dietary
 * requirements or allergies"), right before the term's word.
 */
const ANY_BEFORE =
  /(?:^|[^a-zåäöæøü])(?:any|no|eventuell|eventuella|eventuelle|eventuelt|ev\.?|evt\.?|mahdolliset|mahdollisia|mahdollisista|mahdollisten|inga|ingen|ingenting om)\s+(?:[a-zåäöæøü-]+\s+)?(?:[a-zåäöæøü-]+\s+(?:or|eller|tai)\s+)?$/;

const LETTER = /[a-zåäöæøüé]/;

/** Whether the term at `hit` stands under "any" / "eventuella" / "ingen" (see above). */
export function isAnyQuantified(doc: ScanDocument, hit: Span): boolean {
  let wordStart = hit.start;
  while (wordStart > 0 && LETTER.test(doc.lower.charAt(wordStart - 1))) wordStart--;
  return ANY_BEFORE.test(doc.lower.slice(Math.max(0, wordStart - 40), wordStart));
}
