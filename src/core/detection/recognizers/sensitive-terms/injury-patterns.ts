/**
 * Injuries and ailments said with a body part, as phrases a word list cannot hold (term-patterns.ts). Each
 * maps to a weak health entry, so it counts only with a person ("Anna bröt handleden", "hans ryggskada"):
 * - a verb and a body part, in every language ("broke his wrist", "bröt handleden", "brakk armen",
 *   "brækkede benet", "mursi ranteensa");
 * - a Swedish, Norwegian or Danish compound of a body part and an injury or ailment, head-final like every
 *   Nordic compound ("ryggskada", "revbensfraktur", "knäoperation", "rygsmerter", "nakkeplager"). Both parts
 *   are needed: "skada" alone heads "vattenskada" and "transportskada", "problem" heads anything.
 * Each regex is linear (alternations of literals, one optional linking letter, bounded endings) and ES2016.
 */
import { END, L, type TermPattern } from './term-pattern';

const SIDE_EN = '(?:left |right )?';
const SIDE_NORDIC = '(?:vänster |höger |venstre |høyre |højre )?';

export const VERB_INJURIES: readonly TermPattern[] = [
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

/**
 * Body parts as the first part of a compound, with their linking forms ("revbens-", "nack-", "nakke-").
 * Not "huvud"/"hode"/"hoved" (head): "huvudproblem" is the main problem; not "led" (joint): "LED-problem".
 */
// prettier-ignore
const BODY_PARTS: readonly string[] = [
  'rygg', 'ryg', 'nack', 'nacke', 'nakke', 'knä', 'kne', 'knæ', 'axel', 'skulder', 'skuldra', 'höft', 'hofte',
  'fot', 'fod', 'hand', 'hånd', 'handled', 'håndledd', 'håndled', 'fotled', 'ankel', 'arm', 'armbåge', 'albue',
  'ben', 'bein', 'revben', 'ribbein', 'ribben', 'nyckelben', 'kragebein', 'kraveben', 'hjärn', 'hjerne',
  'hals', 'menisk', 'korsband', 'korsbånd', 'hälsen', 'akilles', 'tand', 'tann', 'ögon', 'øye', 'øjen', 'öron',
  'øre', 'lung', 'lunge', 'hjärt', 'hjerte', 'mag', 'mage', 'mave', 'tarm', 'njur', 'nyre', 'bäcken', 'bekken',
  'finger', 'tumm', 'tå', 'handflat', 'käk', 'kjeve', 'kæbe', 'näs', 'nese', 'næse', 'bröst', 'bryst', 'gall', 'galle',
];

/** The second part: an injury, pain, operation or ailment, with its inflected forms. */
// prettier-ignore
const AILMENTS: readonly string[] = [
  'skada', 'skadan', 'skador', 'skadorna', 'skade', 'skaden', 'skader', 'skadene', 'skaderne',
  'fraktur', 'frakturen', 'frakturer', 'brott', 'brottet', 'brudd', 'bruddet', 'brud',
  'smärta', 'smärtan', 'smärtor', 'smerte', 'smerter', 'smertene', 'smerterne', 'värk', 'värken',
  'operation', 'operationen', 'operasjon', 'operasjonen', 'inflammation', 'inflammationen', 'betennelse',
  'betændelse', 'besvär', 'besvären', 'plager', 'plagene', 'problem', 'problemen', 'problemer', 'problemene',
  'problemerne', 'sår', 'såret', 'lidelse', 'lidelsen', 'spärr', 'skott', 'sten', 'stein',
];

export const BODY_COMPOUND: TermPattern = {
  regex: new RegExp(`(?:^|[^${L}])((?:${BODY_PARTS.join('|')})[sea]?(?:${AILMENTS.join('|')}))${END}`, 'g'),
  entry: 'bröt armen',
  literals: [
    'skad',
    'fraktur',
    'brott',
    'brud',
    'smärt',
    'smert',
    'värk',
    'operation',
    'operasjon',
    'inflammation',
    'betennelse',
    'betændelse',
    'besvär',
    'plage',
    'problem',
    'sår',
    'lidelse',
    'spärr',
    'skott',
    'sten',
  ],
};
