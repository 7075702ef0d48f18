/**
 * An identity number typed with a padded separator in running text, right after its keyword:
 * "samordningsnummer: 880771 - 2651", "CPR 130672 – 9647". Free-text patterns want one tight separator (a
 * padded dash is as often a range or a list: "2019 - 2023", "kl 0800 - 1200"); the keyword just before
 * says what the number is, as a column header does in a sheet (spreadsheet-cells.ts).
 */
import type { Candidate, ScanDocument } from '../../types';
import { compileDictionary, findWords } from '../../words';
import { memoPer } from '../../memo';
import { LOOSE_SEPARATOR_PATTERN } from './spreadsheet-cells';

/** How far before the number its keyword may stand: "Personnummer (samordningsnummer): ". */
const KEYWORD_REACH = 40;
/** What may stand between the keyword and the number: its label's punctuation, or a bracketed aside. */
const LABEL_GAP = /^(?:[\s:.#=]|\([^()]{0,30}\))*$/;

/**
 * Most texts hold no padded dash between digits: one cheap test before a regex walks the text, made once
 * per document for the four recognizers that ask (a full pass each was 7 % of a scan of generated mail).
 */
const hasPaddedDash = memoPer((doc: ScanDocument): boolean =>
  /\d[ \t]+[-–]|[-–][ \t]+\d|\d--\d/.test(doc.text),
);

/**
 * Build a finder of `dateDigits` + `serialDigits` numbers split by a padded or doubled dash (an en dash
 * too), each labelled by one of `keywords` right before it, as candidates with `score`.
 */
export function keywordLedLoose(
  keywords: readonly string[],
  dateDigits: readonly number[],
  serialDigits: number,
  score: number,
): (doc: ScanDocument) => Iterable<Candidate> {
  const dict = compileDictionary(keywords);
  const dates = dateDigits.map((n) => `\\d{${n}}`).join('|');
  const source = `(?:^|[^\\d\\-–])((?:${dates})(?:--|[ \\t]+[-–][ \\t]*|[-–][ \\t]+)\\d{${serialDigits}})(?![\\d\\-–])`;
  return function* find(doc: ScanDocument): Generator<Candidate> {
    if (!hasPaddedDash(doc)) return;
    const re = new RegExp(source, 'g');
    let m: RegExpExecArray | null;
    while ((m = re.exec(doc.text)) !== null) {
      const value = m[1] ?? '';
      const start = m.index + m[0].length - value.length;
      const before = doc.lower.slice(Math.max(0, start - KEYWORD_REACH), start);
      const keyword = findWords(dict, before).pop();
      // The keyword labels the number ("samordningsnummer: 880771 - 2651"), not a word of the sentence
      // before it ("CPR-kontoret svarer på 220493--3106").
      if (keyword === undefined || !LABEL_GAP.test(before.slice(keyword.end))) continue;
      yield {
        start,
        end: start + value.length,
        pattern: LOOSE_SEPARATOR_PATTERN,
        score,
        reasons: [LOOSE_SEPARATOR_PATTERN],
      };
    }
  };
}
