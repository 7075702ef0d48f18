/**
 * Postal and home addresses: a street + number (`Storgatan 12B`, `Sankt Eriksgatan 5 lgh 1102`,
 * `221B Baker Street`), a Swedish postcode + town (`123 45 Stockholm`, `SE-411 04 Göteborg`), or both
 * together, which is the confident case. Words like "adress", "bor på", "c/o" raise the score; an
 * office/visiting-address word lowers it (the company's own addresses are allow-listed by the policy); a
 * company's legal form (AB, Oy, ASA, Ltd) right before the street makes it a business address.
 */
import type { Candidate, Pattern, Recognizer, ScanDocument, ScanEnv } from '../../types';
import { isRowAboutThings } from '../../row-subject';
import { afterOwnName, ownNames } from './own-company';
import { isFirstName } from '../sensitive-terms/first-names';
import { ADDRESS_CONTEXT, ADDRESS_NEGATIVE_CONTEXT } from './address-context';
import { addressSpots, matchesAtSpots, mergeSpots, type AddressSpots, type Spot } from './address-spots';

const UPPER = 'A-ZÅÄÖÆØÜÉ';
const LOWER = 'a-zåäöæøüéè';
// Nordic street-name endings (sv, no, da, fi), longest alternatives first where they share a prefix; a
// street after a name in the genitive is written apart ("Thereses gate", "Doktor Allards gata", "Karl
// Johans gate", "Drottning Kristinas väg").
const SUFFIXES =
  'gatan|gata|gaten|gade|vägen|väg|veien|vei|vegen|vej|gränd|gränden|stigen|stig|torget|torg|torvet|backen|' +
  'allén|allé|planen|leden|platsen|gången|kajen|stråket|esplanaden|promenaden|plads|stræde|vænge|plass|' +
  'katu|tie|kuja|polku|puisto|kaari|rinne|ranta|tori|väylä|raitti|s gate|s gata|s väg|s vei|s vej';
// One capitalised word ending in a suffix, optionally after one or two capitalised words ("Sankt Eriks-").
const LEADING_WORDS = 2;
const LEADING_WORD_MAX = 20;
const NAME_MAX = 30;
const STREET_NAME = `(?:[${UPPER}][${LOWER}]{1,${LEADING_WORD_MAX}} ){0,${LEADING_WORDS}}[${UPPER}][${LOWER}]{0,${NAME_MAX}}(?:${SUFFIXES})`;
const SUFFIX_MAX = Math.max(...SUFFIXES.split('|').map((suffix) => suffix.length));
/** The street part's suffixes and longest length: where `address-spots` looks for a street's start. */
const STREET_SHAPE = {
  suffixAtEnd: new RegExp(`(?:${SUFFIXES})$`),
  suffixEnds: new Set(SUFFIXES.split('|').map((suffix) => suffix.charAt(suffix.length - 1))),
  suffixMax: SUFFIX_MAX,
  streetMax: LEADING_WORDS * (1 + LEADING_WORD_MAX + 1) + 1 + NAME_MAX + SUFFIX_MAX,
};
// House number with an optional letter and an optional stairwell/flat: 12, 12B, 12 B, 4-6, 3 tr, lgh 1102,
// and the Finnish stairwell and flat "41 A 12" (not a postcode's first group: "5 B 123 45").
const HOUSE = '\\d{1,4}(?: ?[A-Ha-h](?![A-Za-z])(?: \\d{1,3}(?! ?\\d))?)?(?:-\\d{1,4})?';
const SV_STREET = `${STREET_NAME} ${HOUSE}`;
// A floor or stairwell after the number, before the postcode: "11, 5th floor", "22, plan 4", "3 tr", "2. sal".
const FLOOR =
  '(?:,? (?:\\d{1,2}(?:st|nd|rd|th)? floor|(?:plan|vån|våning) \\d{1,2}|\\d{1,2} ?tr\\.?|\\d{1,2}\\. ?(?:sal|etg|etasje|krs|kerros)))?';
const EN_STREET = `\\d{1,5}[A-Za-z]? (?:[A-Z][a-z]{1,20} ){1,3}(?:Street|St\\.|Road|Rd\\.|Avenue|Ave\\.|Lane|Drive|Boulevard|Terrace|Crescent|Gardens|Grove|Close|Way|Place|Court|Square|Mews)`;
// Swedish postcode `NNN NN` (first digit 1-9), optional `SE-`, then one or two capitalised town words.
// Units and currencies after a number are not towns (`123 45 Kronor`).
const NOT_TOWN = `(?!(?:Kronor|Kr|Sek|Euro|Eur|Dollar|Timmar|Dagar|Minuter|Stycken|St|Kg|Km)(?![${LOWER}]))`;
const POSTCODE_TOWN = `(?:SE-)?[1-9]\\d{2} \\d{2} ${NOT_TOWN}[${UPPER}][${LOWER}]{1,25}(?:[ \\-][${UPPER}][${LOWER}]{1,25})?`;
// A British postcode after one or two places ("Heaton Norris, Stockport SK4 1HB", "London SW3 4UD").
const UK_PLACE = '[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})?';
const UK_POSTCODE = `(?:${UK_PLACE}, ){0,2}${UK_PLACE},? [A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}`;
const LEFT = `(?:^|[^${UPPER}${LOWER}0-9])`;
const RIGHT = `(?![${UPPER}${LOWER}0-9])`;
// Between street and postcode: a comma and/or a line break.
const JOIN = '(?:, ?|,? ?\\r?\\n ?| )';

/** A capitalised word in a name; a number may follow it ("Maria 01"). */
const NAME_WORD = `[${UPPER}][${UPPER}${LOWER}&'-]*(?: \\d{1,3})?`;
/**
 * One to four such words and a comma, right before the address or before its street or box ("Svenska
 * Mässan, Mässans gata 20, 412 51 Göteborg" for the postcode line). Not after a number: "14 Linnégatan, 413
 * 04 Göteborg" is a street before its postcode.
 */
const NAME_BEFORE = new RegExp(
  `(?:^|[^${UPPER}${LOWER}\\d ]|\\D )((?:${NAME_WORD} ){0,3}${NAME_WORD}), ?(?:[^,\\n]{0,30}\\d[^,\\n]{0,5}, ?)?$`,
);
/** Words that make a name a person's or a household's: an initial, "Ms", "Dr", "Familjen Lind". */
const PERSON_WORD = /^(?:.|mrs?|ms|miss|dr|herr|fru|famil.*|perhe.*)$/i;

/**
 * Whether a name that is no person's stands in apposition right before `start` on its line: "Symbion,
 * Fruebjergvej 3", "Paikka: Scandic Simonkenttä, Simonkatu 9", "hos Hoivakoti Koivula, Koivulantie 12". The
 * address is then a place's (a venue, a hospital, a company written without its legal form); personal data is
 * about natural persons. "Anna Berg, Storgatan 5", "Ms Z Nowak, 5 Albert Terrace" and "Familjen Lind,
 * Björkvägen 3" stay someone's home.
 */
function afterPlaceName(doc: ScanDocument, start: number): boolean {
  const lineStart = doc.text.lastIndexOf('\n', start - 1) + 1;
  const name = NAME_BEFORE.exec(doc.text.slice(Math.max(lineStart, start - 80), start))?.[1];
  return name !== undefined && name.split(' ').every((word) => !PERSON_WORD.test(word) && !isFirstName(word));
}

/** A street's numbers from one to a higher one: "Vädursgatan 18-22". */
const NUMBER_RANGE = /(\d+)-(\d+)$/;

/**
 * Whether a street alone is given with a range of numbers, several buildings: a property, a block or a
 * building site ("Etapp 3 (Vädursgatan 18-22) faktureras separat"). One home has one number; with a
 * postcode or a flat the address stays a home's.
 */
function isRangeOfBuildings(street: string): boolean {
  const range = NUMBER_RANGE.exec(street);
  return range !== null && Number(range[2]) > Number(range[1]);
}

/** Street and number alone reach the threshold; with a postcode the address is certain. */
const STREET_SCORE = 0.5;
const POSTCODE_SCORE = 0.5;
const FULL_SCORE = 0.8;

/** An address pattern and the places, found from the digit runs, where its matches can begin. */
interface AddressPattern extends Pattern {
  readonly group: number;
  readonly spots: (spots: AddressSpots) => readonly Spot[];
}

const ADDRESS_PATTERNS: readonly AddressPattern[] = [
  {
    name: 'street-postcode',
    regex: new RegExp(`${LEFT}((?:${SV_STREET}|${EN_STREET})${FLOOR}${JOIN}${POSTCODE_TOWN})${RIGHT}`, 'g'),
    score: FULL_SCORE,
    group: 1,
    spots: (s) => mergeSpots(s.street, s.englishStreet),
  },
  {
    name: 'street-postcode-uk',
    regex: new RegExp(`${LEFT}(${EN_STREET}${FLOOR}, ?${UK_POSTCODE})${RIGHT}`, 'g'),
    score: FULL_SCORE,
    group: 1,
    spots: (s) => s.englishStreet,
  },
  {
    name: 'street',
    regex: new RegExp(`${LEFT}(${SV_STREET})${RIGHT}`, 'g'),
    score: STREET_SCORE,
    group: 1,
    spots: (s) => s.street,
  },
  {
    name: 'street-en',
    regex: new RegExp(`${LEFT}(${EN_STREET})${RIGHT}`, 'g'),
    score: STREET_SCORE,
    group: 1,
    spots: (s) => s.englishStreet,
  },
  {
    name: 'postcode-town',
    regex: new RegExp(`${LEFT}(${POSTCODE_TOWN})${RIGHT}`, 'g'),
    score: POSTCODE_SCORE,
    group: 1,
    spots: (s) => s.postcode,
  },
];

/**
 * Each pattern's matches, pattern by pattern, as the engine's global scan would find them: the patterns
 * start with a boundary group (no lookbehind in the core), so a global scan tries the street alternation
 * at every capitalised word; here each is tried only where an address can begin (`address-spots.ts`).
 */
/** A business address's demotion, as much as a legal form before the street gives. */
const OWN_COMPANY_PENALTY = 0.6;
/** A range of numbers' demotion: just under the threshold, as much as an address word gives back. */
const RANGE_PENALTY = 0.2;

function* findAddresses(doc: ScanDocument, env: ScanEnv): Generator<Candidate> {
  const names = ownNames(env);
  const spots = addressSpots(doc.text, STREET_SHAPE);
  // A street or a postcode inside a whole address is judged with it ("Vinnter AB" above the street makes
  // the whole block a business address, its postcode line included), not again on its own.
  const whole: { start: number; end: number }[] = [];
  const inWhole = (start: number, end: number): boolean =>
    whole.some((w) => w.start <= start && end <= w.end);
  const found: { span: { start: number; end: number }; pattern: AddressPattern }[] = [];
  // A site's address in a list of meters, SIM cards or properties: no one lives in a gateway. Named as a
  // site once, the same address is a site wherever else the text mentions it ("3 stk i Nygårdsgaten 5").
  const sites = new Set<string>();
  for (const pattern of ADDRESS_PATTERNS) {
    for (const span of matchesAtSpots(doc.text, pattern.spots(spots), pattern.regex, pattern.group)) {
      if (pattern.name === 'street-postcode') whole.push(span);
      else if (inWhole(span.start, span.end)) continue;
      if (isRowAboutThings(doc, span)) sites.add(doc.lower.slice(span.start, span.end));
      else found.push({ span, pattern });
    }
  }
  for (const { span, pattern } of found) {
    if (sites.has(doc.lower.slice(span.start, span.end))) continue;
    const place = afterOwnName(doc, span.start, names)
      ? 'own-company'
      : afterPlaceName(doc, span.start)
        ? 'place'
        : pattern.name === 'street' &&
          isRangeOfBuildings(doc.text.slice(span.start, span.end)) &&
          'buildings';
    if (place)
      yield {
        start: span.start,
        end: span.end,
        pattern: pattern.name,
        // A range only falls short: a resident's word ("bor på") still makes it a home.
        score: pattern.score - (place === 'buildings' ? RANGE_PENALTY : OWN_COMPANY_PENALTY),
        reasons: [`negative:${place}`],
      };
    else yield { start: span.start, end: span.end, pattern: pattern.name, score: pattern.score };
  }
}

/** The address patterns, for tests that compare the anchored search with a whole-text scan. */
export const POSTAL_ADDRESS_PATTERNS: readonly Pattern[] = ADDRESS_PATTERNS;

/** Postal addresses (`contact`, personal). */
export const postalAddress: Recognizer = {
  id: 'postal-address',
  category: 'contact',
  find: findAddresses,
  context: ADDRESS_CONTEXT,
  negativeContext: ADDRESS_NEGATIVE_CONTEXT,
};
