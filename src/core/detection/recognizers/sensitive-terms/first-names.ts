/**
 * First-name look-up: one Set built once from the per-country lists (`first-name-set.ts`), plus the names
 * that are also ordinary words (Inga "none", Klara "manage", Tom "empty", Mark, Max, Bo "live", Dag "day",
 * Odd, Even...) and product names (Siri, Alexa, Hugo, Ruby, Julia, Ada). Those count only with extra evidence.
 */
import { FIRST_NAMES } from './first-name-set';
import { toNameSet } from './first-names-read';

/** Names that are also common words or products: need a greeting/signature or a surname-shaped surname. */
const AMBIGUOUS_NAMES = toNameSet(
  'Inga Klara Bo Love Sten Saga Siri Dag Tor Odd Even Live Line Finn Tom Ben Max Mark Frank Grace Holly Daisy Hans ' +
    'Lily Poppy Jade Ivy Sue Jo Li Per Kim Gun Rune Ella Mia Alva Ester Eli Oda Mari Ida Vera Sami Otto Kai Leo ' +
    'Hugo Olle Sanna Alma Liv Christian Kristen Carol Will Bill Pat Jean Ali Satu Onni Toivo Noah Oliver Harry ' +
    'Victoria Charlotte Hans Joy Rose May June Iris Nina Dan Art Jack Ray Sol Ivar Aino',
);

/** First names that are mostly products or languages in an engineering company's mail. */
const PRODUCT_NAMES = toNameSet('Siri Alexa Cortana Hugo Ruby Julia Ada Max Otto Ella Mia Vera Saga Linnea');

/** Number of distinct first names known (for reports). */
export const FIRST_NAME_COUNT = FIRST_NAMES.size;

/** Whether `word` (as written, capitalised) is a known first name; `Anna-Karin` checks its first part. */
export function isFirstName(word: string): boolean {
  if (FIRST_NAMES.has(word)) return true;
  const dash = word.indexOf('-');
  return dash > 0 && FIRST_NAMES.has(word.slice(0, dash));
}

function firstPart(word: string): string {
  const dash = word.indexOf('-');
  return dash > 0 ? word.slice(0, dash) : word;
}

/** Whether the first name is also an everyday word ("Inga", "Mark"): suspicious at a sentence start. */
export function isAmbiguousName(word: string): boolean {
  return AMBIGUOUS_NAMES.has(firstPart(word)) || PRODUCT_NAMES.has(firstPart(word));
}

/** Whether the first name is also a product or language ("Siri", "Hugo", "Julia"): suspicious anywhere. */
export function isProductName(word: string): boolean {
  return PRODUCT_NAMES.has(firstPart(word));
}

/** Endings of Nordic and English surnames: -sson, -sen, -berg, -ström, -qvist, -nen... */
const SURNAME_ENDING =
  /(?:s?son|s?sen|berg|ström|strom|qvist|kvist|quist|lund|gren|holm|dahl|blad|stedt|stad|mark|backa|ander|ius|lin|nen|la|ton|ley|ford|wood|smith|ell)s?$/;

/** Whether a capitalised word looks like a surname even without a first-name list behind it. */
export function looksLikeSurname(word: string): boolean {
  return SURNAME_ENDING.test(word);
}
