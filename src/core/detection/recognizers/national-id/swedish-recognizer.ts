/**
 * The one recognizer shape behind Swedish personnummer and samordningsnummer: the same written forms,
 * keywords and masks; they differ only in the day offset and whether an unknown date is accepted.
 */
import type { Recognizer } from '../../types';
import {
  ENGLISH_ID_WORDS,
  KEYWORD_AMOUNT,
  NON_PERSONAL_NUMBER_RULE,
  SWEDISH_ID_WORDS,
  keywordRule,
} from './context-words';
import { FOREIGN_ID_RULE_FOR_SWEDEN } from './foreign-words';
import { maskSerial4 } from './mask-tail';
import { leadingZeroCells } from './spreadsheet-cells';
import { SCORE_SHORT_COMPACT, SWEDISH_DIGIT_PATTERNS } from './swedish-shapes';
import { outcomeOf } from '../../../identifiers/types';
import * as personnummer from '../../../identifiers/se/personnummer';
import * as samordningsnummer from '../../../identifiers/se/samordningsnummer';
import { lineBrokenNumbers, SWEDISH_BROKEN_SHAPES } from './line-broken';

const KEYWORDS = SWEDISH_ID_WORDS.concat(ENGLISH_ID_WORDS);
const zeroCells = leadingZeroCells(SWEDISH_ID_WORDS, SCORE_SHORT_COMPACT);

function* concat<T>(a: Iterable<T>, b: Iterable<T>): Generator<T> {
  for (const x of a) yield x;
  for (const x of b) yield x;
}

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
    find: (doc) => concat(zeroCells(doc), lineBrokenNumbers(doc, SWEDISH_BROKEN_SHAPES)),
    validate: (value, env) => outcomeOf(kind.scheme.validate(value, env.today)),
    context: [keywordRule(KEYWORDS, KEYWORD_AMOUNT)],
    negativeContext: [NON_PERSONAL_NUMBER_RULE, FOREIGN_ID_RULE_FOR_SWEDEN],
    mask: maskSerial4,
  };
}
