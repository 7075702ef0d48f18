/**
 * Sensitive phrases whose shape a word list cannot hold, each mapped to a listed entry so it takes that
 * entry's senses (recognizer, tier, label):
 * - English ethnic origin: "of Somali origin", "of Kurdish descent", "of Turkish heritage" (any group name);
 * - Swedish, Norwegian, Danish "av … ursprung" / "af … afstamning";
 * - Finnish union membership, written as a compound genitive + jäsen: "Insinööriliiton jäsen", or as
 *   joining one: "on liittynyt Insinööriliittoon";
 * - an injury as a verb and a body part, in every language ("broke his wrist", "bröt handleden",
 *   "brakk armen", "brækkede benet", "mursi ranteensa"): a weak health word, so it needs a person.
 * Each regex is linear (single character classes, no nested quantifiers) and ES2016.
 */
import type { WordMatch } from '../../words';
import { trieSource } from '../../word-regex';

interface TermPattern {
  readonly regex: RegExp;
  /** The listed entry (`art9-terms*.ts`) whose senses the phrase takes. */
  readonly entry: string;
  /** Text every match contains one of: the regex runs only on documents holding one (most hold none). */
  readonly literals: readonly string[];
}

const L = 'a-z\\u00DF-\\u00F6\\u00F8-\\u00FF';

/** Where a body part ends: not inside a longer word or a name like "arm64". */
const END = '(?![a-z0-9\\u00DF-\\u00F6\\u00F8-\\u00FF])';
const SIDE_EN = '(?:left |right )?';
const SIDE_NORDIC = '(?:vänster |höger |venstre |høyre |højre )?';

const INJURIES: readonly TermPattern[] = [
  {
    regex: new RegExp(
      `(?:^|[^${L}])((?:broke|broken|fractured|sprained|twisted|dislocated|tore|torn|injured|hurt) (?:(?:his|her|my|their|your|a|the) )?${SIDE_EN}(?:arm|leg|wrist|ankle|foot|hand|finger|thumb|toe|hip|collarbone|collar bone|rib|ribs|knee|shoulder|elbow|nose|jaw|back|neck|achilles|acl|ligament|meniscus))${END}`,
      'g',
    ),
    entry: 'broken arm',
    literals: ['broke', 'fractured', 'sprained', 'twisted', 'dislocated', 'tore', 'torn', 'injured', 'hurt'],
  },
  {
    regex: new RegExp(
      `(?:^|[^${L}])((?:bröt|brutit|stukade|stukat|vrickade|vrickat|skadade|skadat|brakk|brukket|knakk|knekket|forstuet|vrikket|skadet|brækkede|brækket|forstuvede|forstuvet|skadede) (?:sig |seg )?${SIDE_NORDIC}(?:armen|benet|beinet|handleden|håndleddet|fotleden|ankelen|anklen|foten|foden|handen|hånden|fingret|fingeren|tummen|tommelen|tommelfingeren|tån|höften|hofta|hoften|nyckelbenet|kragebeinet|kravebenet|revbenet|revbenen|ribbeinet|ribbenet|knät|kneet|knæet|axeln|skulderen|armbågen|albuen|näsan|nesa|nesen|næsen|käken|ryggen|nacken|nakken|menisken|korsbandet|korsbåndet))${END}`,
      'g',
    ),
    entry: 'bröt armen',
    literals: [
      'bröt',
      'brutit',
      'stukade',
      'stukat',
      'vrickade',
      'vrickat',
      'skadade',
      'skadat',
      'brakk',
      'brukket',
      'knakk',
      'knekket',
      'forstuet',
      'vrikket',
      'skadet',
      'brækkede',
      'brækket',
      'forstuvede',
      'forstuvet',
      'skadede',
    ],
  },
  {
    regex: new RegExp(
      `(?:^|[^${L}])((?:mursi|murtui|nyrjäytti|nyrjähti|loukkasi) (?:kätensä|käsivartensa|jalkansa|ranteensa|nilkkansa|olkapäänsä|polvensa|sormensa|kylkiluunsa|solisluunsa|lonkkansa|selkänsä|nenänsä))${END}`,
      'g',
    ),
    entry: 'murtui',
    literals: ['mursi', 'murtui', 'nyrjäytti', 'nyrjähti', 'loukkasi'],
  },
];

const PATTERNS: readonly TermPattern[] = [
  ...INJURIES,
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
  // Joining a union, any union: "on liittynyt Insinööriliittoon", "liittyi Tehyyn" is left to the names list.
  {
    regex: new RegExp(
      `(?:^|[^${L}])((?:liittynyt|liittyi|liittyy|liittyvät|liittyneet) [${L}]{2,30}liittoon)(?![${L}])`,
      'g',
    ),
    entry: 'ammattiliiton jäsen*',
    literals: ['liittoon'],
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
    const alternatives = [...PATTERN_OF_LITERAL.keys()].map((key) => ({ key, stem: false }));
    literals = new RegExp(trieSource(alternatives).replace(/\\s\+/g, ' '), 'g');
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
