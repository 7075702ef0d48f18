/**
 * Which numbering plan an undialled number near a phone word is read in first. Norwegian and Danish
 * numbers are both eight digits and most fit both plans, so the text decides: words that differ between
 * the two written languages ("af"/"av", "mig"/"meg", "efter"/"etter", "venlig"/"vennlig").
 */
import type { PhonePlan } from './phone-numbers';

const DANISH = /(?:^|[^a-zæøå])(?:af|mig|dig|sig|hvad|efter|venlig|nu|også|jeres|kære|mvh)(?![a-zæøå])/g;
const NORWEGIAN =
  /(?:^|[^a-zæøå])(?:av|meg|deg|seg|hva|etter|vennlig|nå|dere|deres|kjære|ikkje)(?![a-zæøå])/g;
/** Enough text to tell the languages apart; a long attachment need not be read whole for it. */
const SAMPLE = 20000;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/** The plans tried after the Swedish reading, Danish before Norwegian when the text reads as Danish. */
export function otherPlans(lower: string): readonly PhonePlan[] {
  const sample = lower.length > SAMPLE ? lower.slice(0, SAMPLE) : lower;
  return count(DANISH, sample) > count(NORWEGIAN, sample)
    ? ['DK', 'NO', 'US', 'GB', 'FI']
    : ['NO', 'DK', 'US', 'GB', 'FI'];
}

// "puh.", "puhelin", "puhelinnumero", "numeroon", "matkapuhelin" up to 40 characters before the number.
const FINNISH_PHONE_WORD = /(?:puh|puhelin[a-zäö]*|numero[a-zäö]*|gsm)[^a-zäö\n]{0,40}$/;

/**
 * Whether a Finnish phone word introduces the number at `start`. Finnish numbers keep their trunk 0 too
 * ("040 123 4567"), and many fit the Swedish plan (040 is Malmö): the word says which country it is.
 */
export function finnishPhoneWordBefore(lower: string, start: number): boolean {
  return FINNISH_PHONE_WORD.test(lower.slice(Math.max(0, start - 60), start));
}
