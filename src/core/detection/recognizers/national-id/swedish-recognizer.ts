/**
 * The one recognizer shape behind Swedish personnummer and samordningsnummer: the same written forms,
 * keywords and masks; they differ only in the day offset and whether an unknown date is accepted.
 */
import type { Recognizer } from '../../types';
import {
  ENGLISH_ID_WORDS,
  KEYWORD_AMOUNT,
  NON_PERSONAL_NUMBER_RULES,
  SWEDISH_ID_WORDS,
  keywordRule,
} from './context-words';
import { FOREIGN_ID_RULE_FOR_SWEDEN } from './foreign-words';
import { maskSerial4 } from './mask-tail';
import {
  chain,
  headerCells,
  leadingZeroCells,
  looseSeparatorShape,
  LOOSE_SEPARATOR_PATTERN,
  tightenSeparator,
} from './spreadsheet-cells';
import { SCORE_SHORT_COMPACT, SCORE_SHORT_SEPARATED, SWEDISH_DIGIT_PATTERNS } from './swedish-shapes';
import { outcomeOf } from '../../../identifiers/types';
import * as personnummer from '../../../identifiers/se/personnummer';
import * as samordningsnummer from '../../../identifiers/se/samordningsnummer';
import { lineBrokenNumbers, SWEDISH_BROKEN_SHAPES } from './line-broken';
import { keywordLedLoose } from './keyword-loose';

const KEYWORDS = SWEDISH_ID_WORDS.concat(ENGLISH_ID_WORDS);
/** A name on the line: enough for a checksum-valid compact number (0.05 + 0.35), not for a bare shape. */
const NAMED_AMOUNT = 0.3;
const zeroCells = leadingZeroCells(SWEDISH_ID_WORDS, SCORE_SHORT_COMPACT);
/** `850709--9805` or `19850709 - 9805` under a personnummer column. */
const looseShort = headerCells(
  SWEDISH_ID_WORDS,
  looseSeparatorShape(6, 4),
  LOOSE_SEPARATOR_PATTERN,
  SCORE_SHORT_SEPARATED,
);
const looseLong = headerCells(
  SWEDISH_ID_WORDS,
  looseSeparatorShape(8, 4),
  LOOSE_SEPARATOR_PATTERN,
  SCORE_SHORT_SEPARATED,
);
/** `samordningsnummer: 880771 - 2651` in running text, right after its keyword. */
const looseAfterKeyword = keywordLedLoose(KEYWORDS, [6, 8], 4, SCORE_SHORT_SEPARATED);

export interface SwedishNumberKind {
  readonly id: 'se-personnummer' | 'se-samordningsnummer';
  /** The scheme's module: personnummer, or samordningsnummer (day + 60, unknown dates accepted). */
  readonly scheme: typeof personnummer | typeof samordningsnummer;
}

export function swedishNumberRecognizer(kind: SwedishNumberKind): Recognizer {
  return {
    id: kind.id,
    category: 'national-id',
    patterns: SWEDISH_DIGIT_PATTERNS,
    find: (doc) =>
      chain(
        zeroCells(doc),
        looseShort(doc),
        looseLong(doc),
        looseAfterKeyword(doc),
        lineBrokenNumbers(doc, SWEDISH_BROKEN_SHAPES),
      ),
    validate: (value, env) => outcomeOf(kind.scheme.validate(tightenSeparator(value), env.today)),
    context: [keywordRule(KEYWORDS, KEYWORD_AMOUNT)],
    // "Anna Berg 9004152386": a name on the line is what a keyword would be. A ten-digit run starting 0
    // beside a name is a mobile number (`0701234567`) as often as a number of someone born in the 2000s.
    namedContext: { amount: NAMED_AMOUNT, unless: /^0\d{9}$/ },
    negativeContext: [...NON_PERSONAL_NUMBER_RULES, FOREIGN_ID_RULE_FOR_SWEDEN],
    mask: maskSerial4,
  };
}
