/**
 * Sensitive phrases whose shape a word list cannot hold, each mapped to a listed entry so it takes that
 * entry's senses (recognizer, tier, label):
 * - English ethnic origin: "of Somali origin", "of Kurdish descent", "of Turkish heritage" (any group name);
 * - Swedish, Norwegian, Danish "av … ursprung" / "af … afstamning";
 * - Finnish union membership, written as a compound genitive + jäsen: "Insinööriliiton jäsen", or as
 *   joining one: "on liittynyt Insinööriliittoon";
 * - injuries with a body part: a verb and the part ("broke his wrist", "bröt handleden"), or a Nordic
 *   compound of the two ("ryggskada", "rygsmerter"): a weak health word, so it needs a person
 *   (injury-patterns.ts).
 * Each regex is linear (single character classes, no nested quantifiers) and ES2016.
 */
import type { WordMatch } from '../../words';
import { trieSource } from '../../word-regex';
import { dictionaryRegex } from '../../dictionary-sources';
import { BODY_COMPOUND, VERB_INJURIES } from './injury-patterns';
import { L, type TermPattern } from './term-pattern';

const PATTERNS: readonly TermPattern[] = [
  ...VERB_INJURIES,
  BODY_COMPOUND,
  {
    regex: new RegExp(
      `(?:^|[^${L}])(of [${L}]{3,20}(?: [${L}]{3,20})? (?:origin|descent|heritage|extraction))(?![${L}])`,
      'g',
    ),
    entry: 'härkomst',
    literals: [' origin', ' descent', ' heritage', ' extraction'],
  },
  {
    regex: new RegExp(
      `(?:^|[^${L}])((?:av|af) [${L}]{3,20} (?:ursprung|härkomst|opprinnelse|oprindelse|afstamning|avstamning|herkomst))(?![${L}])`,
      'g',
    ),
    entry: 'härkomst',
    literals: ['ursprung', 'härkomst', 'opprinnelse', 'oprindelse', 'afstamning', 'avstamning', 'herkomst'],
  },
  {
    regex: new RegExp(`(?:^|[^${L}])([${L}]{2,30}liito(?:n|on) jäsen[${L}]*)(?![${L}])`, 'g'),
    entry: 'ammattiliiton jäsen*',
    literals: ['liito'],
  },
  // A disease named after a person, said as a person has it: "Inger har Parkinson", "has Crohn's", "lider av
  // Bechterew". Bare, the name is a surname (James Parkinson, Crohn AB), so only after a verb of having.
  {
    regex: new RegExp(
      `(?:^|[^${L}])(?:har|has|have|had|hat|lider av|lider af|sairastaa|diagnosed with|diagnostisert med|diagnosticeret med|diagnostiserad med|fått|fick|fik|fikk|got) ((?:parkinson|alzheimer|crohn|huntington|asperger|bechterew|tourette|ménière|meniere|addison|hashimoto|sjögren|sjøgren|cushing|raynaud)(?:'s|’s|s|in)?)(?![${L}])`,
      'g',
    ),
    entry: 'parkinsons',
    literals: [
      'parkinson',
      'alzheimer',
      'crohn',
      'huntington',
      'asperger',
      'bechterew',
      'tourette',
      'ménière',
      'meniere',
      'addison',
      'hashimoto',
      'sjögren',
      'sjøgren',
      'cushing',
      'raynaud',
    ],
  },
  // A biometric record by its format, whatever the mail calls it: ISO/IEC 19794 finger minutiae ("FMR"),
  // finger image ("FIR"), face ("FAC") and iris ("IIR") records start with their magic bytes, which in
  // base64 read "Rk1SA", "RklSA", "RkFDA", "SUlSA" (lower-cased here), then many more characters.
  {
    regex: /(?:^|[^a-z0-9+/])((?:rk1sa|rklsa|rkfda|sulsa)[a-z0-9+/]{40,}={0,2})/g,
    entry: 'fingerprint template*',
    literals: ['rk1sa', 'rklsa', 'rkfda', 'sulsa'],
  },
  // Pregnancy said as English says it: "she's expecting, due in September", "they're expecting twins", a
  // "12-week scan". "We're expecting the boards" and "expecting delivery" expect things.
  {
    regex: new RegExp(
      `(?:^|[^${L}])((?:she's|she is|i'm|i am|we're|we are|they're|they are) expecting)(?= ?(?:[,.;:!)]|--|–|—|$|a baby|twins|a little|our|their|her|baby|in (?:january|february|march|april|may|june|july|august|september|october|november|december|the (?:spring|summer|autumn|fall|winter))))`,
      'gm',
    ),
    entry: 'pregnant',
    literals: [' expecting'],
  },
  {
    regex: new RegExp(`(?:^|[^${L}0-9])((?:[0-9]{1,2}[- ]week|dating|anomaly|nuchal) scan)(?![${L}])`, 'g'),
    entry: 'pregnant',
    literals: ['week scan', 'dating scan', 'anomaly scan', 'nuchal scan'],
  },
  // Joining a union, any union: "on liittynyt Insinööriliittoon", "liittyi Tehyyn" is left to the names list.
  {
    regex: new RegExp(
      `(?:^|[^${L}])((?:liittynyt|liittyi|liittyy|liittyvät|liittyneet) [${L}]{2,30}liittoon)(?![${L}])`,
      'g',
    ),
    entry: 'ammattiliiton jäsen*',
    literals: ['liittoon'],
  },
  // Standing in an election, for whichever party: "kandidat for SF ved folketingsvalget", "kandiderar i
  // valet", "stiller til valg", "ehdokkaana kunnallisvaaleissa", "standing in the May elections". Not a
  // node in a leader election.
  {
    regex: new RegExp(
      `(?:^|[^${L}])((?:kandid[${L}]*|candidate|ehdokkaana|ehdolla|standing|stands|running|stiller)(?: (?!leader )[^\\s.!?]{1,25}){0,6} [${L}]*(?:valg|valet|vaal|election)[${L}]*)`,
      'g',
    ),
    entry: 'election candidate',
    literals: ['valg', 'valet', 'vaal', 'election'],
  },
  // Praying so many times a day: "Amir ber flere ganger daglig", "prays five times a day".
  {
    regex: new RegExp(
      `(?:^|[^${L}])((?:ber|beder|pray|prays|rukoilee|rukoilevat)(?: [${L}]{1,12}){0,2} (?:ganger|gange|gånger|times|kertaa) (?:om dagen|daglig[${L}]*|a day|per dag|i døgnet|päivässä|every day|hver dag|varje dag))(?![${L}])`,
      'g',
    ),
    entry: 'prays five times',
    literals: ['ganger', 'gange', 'gånger', 'times', 'kertaa'],
  },
  // Colour said of people: "the only Black guy in most engineering rooms".
  {
    regex: new RegExp(
      `(?:^|[^${L}])((?:black|white) (?:guy|man|woman|person|people|colleague|engineer|employee|men|women))(?![${L}])`,
      'g',
    ),
    entry: 'ethnicity',
    literals: ['black ', 'white '],
  },
];

/** Which pattern each literal belongs to. */
const PATTERN_OF_LITERAL = new Map<string, number>();
PATTERNS.forEach((p, i) => {
  for (const literal of p.literals) PATTERN_OF_LITERAL.set(literal, i);
});

let literals: RegExp | undefined;

/**
 * Every literal of every pattern in one trie-shaped regex: one pass over the text says which patterns can
 * match, where a look-up per literal would read the whole text a dozen times.
 */
function literalRegex(): RegExp {
  if (literals === undefined) {
    const keys = [...PATTERN_OF_LITERAL.keys()];
    literals = dictionaryRegex(`literals:${keys.join('|')}`, () => {
      const alternatives = keys.map((key) => ({ key, stem: false }));
      return new RegExp(trieSource(alternatives).replace(/\\s\+/g, ' '), 'g');
    });
  }
  return literals;
}

/** The patterns whose literals occur in `lower` (overlapping occurrences included). */
function patternsIn(lower: string): Set<number> {
  const found = new Set<number>();
  const re = literalRegex();
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (found.size < PATTERNS.length && (m = re.exec(lower)) !== null) {
    const pattern = PATTERN_OF_LITERAL.get(m[0]);
    if (pattern !== undefined) found.add(pattern);
    // One position further, not past the match: another literal may start inside this one.
    re.lastIndex = m.index + 1;
  }
  return found;
}

/** Every phrase of the patterns in lower-cased text, as dictionary matches of their entries. */
export function findTermPatterns(lower: string): WordMatch[] {
  const out: WordMatch[] = [];
  const present = patternsIn(lower);
  PATTERNS.forEach((p, i) => {
    if (!present.has(i)) return;
    p.regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.regex.exec(lower)) !== null) {
      const phrase = m[1] ?? '';
      const start = m.index + m[0].length - phrase.length;
      out.push({ start, end: start + phrase.length, word: p.entry });
    }
  });
  return out;
}
