/**
 * Diseases known by an upper-case abbreviation that is another word in lower case: ME ("me"), MS
 * (milliseconds, Microsoft), ALS, KOL (Swedish "coal"). Read in the text as written, and only right after
 * a verb of having or getting and perhaps how bad ("hun har hatt ME", "she has MS", "har svær KOL"), not
 * before a product name ("har MS Teams"). Each maps to a listed entry, whose senses it takes (term-index.ts).
 */
import type { WordMatch } from '../../words';

const LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
/** Having or getting it, capitalised at a sentence start too; then optionally the participle. */
const HAVING =
  '(?:[Hh]ar|[Hh]ade|[Hh]as|[Hh]ad|[Hh]ave|[Ff]ått|[Ff]ick|[Ff]ikk|[Ff]ik|[Ff]ået|[Ss]airastaa|[Ss]airasti|[Ss]airastan|diagnosed with|diagnosticerad med|diagnostisert med|diagnosticeret med)';
const PARTICIPLE = '(?:hatt|haft|had|fått|fået|fikk|been diagnosed with|fått diagnosen|fikk diagnosen)';
/** How bad it is, between the verb and the abbreviation: "har svær KOL", "has severe MS". */
const DEGREE = '(?:svær|svår|alvorlig|kraftig|lätt|lett|mild|severe|vaikea|lievä|kronisk)';
const ABBREVIATION = new RegExp(
  `(?:^|[^${LETTER}])${HAVING}\\s(?:${PARTICIPLE}\\s)?(?:${DEGREE}\\s)?(ME/CFS|ME|MS|ALS|KOL)(?![${LETTER}0-9/]|\\s+[A-Z0-9])`,
  'g',
);

/** The listed entry each abbreviation stands for. */
const ENTRY: { readonly [abbreviation: string]: string } = {
  'ME/CFS': 'me/cfs',
  ME: 'me/cfs',
  MS: 'multiple sclerosis',
  ALS: 'motor neurone disease',
  KOL: 'copd',
};

/** Every abbreviation after a having verb in `text` (as written, not lower-cased). */
export function findDiseaseAbbreviations(text: string): WordMatch[] {
  const out: WordMatch[] = [];
  // Cheap gate: no upper-case pair, no abbreviation.
  if (!/ME|MS|ALS|KOL/.test(text)) return out;
  ABBREVIATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ABBREVIATION.exec(text)) !== null) {
    const abbreviation = m[1] ?? '';
    const end = m.index + m[0].length;
    out.push({ start: end - abbreviation.length, end, word: ENTRY[abbreviation] ?? 'me/cfs' });
  }
  return out;
}
