/**
 * Swedish interim numbers ("T-nummer", used by healthcare and universities until a personnummer or
 * samordningsnummer exists): `YYMMDD-XNNN` with X in T R S U W X J K L M N; the Luhn check counts
 * the letter as 1. The letter makes the shape specific, but there is no central register: medium.
 */
import type { Recognizer } from '../../types';
import {
  ENGLISH_ID_WORDS,
  KEYWORD_AMOUNT,
  NON_PERSONAL_NUMBER_RULES,
  SWEDISH_ID_WORDS,
  keywordRule,
} from './context-words';
import { bounded, SIX_DIGITS } from './boundaries';
import { maskSerial4 } from './mask-tail';
import { outcomeOf } from '../../../identifiers/types';
import * as interimsnummer from '../../../identifiers/se/interimsnummer';

/** Separated interim number: 0.25 + checksum 0.35 = 0.6 alone. */
const SCORE_SEPARATED = 0.25;
/** Without separator the letter still stands out, but ISO-style stamps (`20240101T120`) come close. */
const SCORE_COMPACT = 0.15;

export const seInterimsnummer: Recognizer = {
  id: 'se-interimsnummer',
  category: 'national-id',
  patterns: [
    // [CC]YYMMDD-XNNN
    {
      name: 'se-interim-separated',
      regex: bounded('(?:18|19|20)?\\d{6}-[TRSUWXJKLMN]\\d{3}'),
      score: SCORE_SEPARATED,
      group: 1,
      trigger: SIX_DIGITS,
    },
    // [CC]YYMMDDXNNN
    {
      name: 'se-interim-compact',
      regex: bounded('(?:18|19|20)?\\d{6}[TRSUWXJKLMN]\\d{3}'),
      score: SCORE_COMPACT,
      group: 1,
      trigger: SIX_DIGITS,
    },
  ],
  validate: (value, env) => outcomeOf(interimsnummer.validate(value, env.today)),
  context: [keywordRule(SWEDISH_ID_WORDS.concat(ENGLISH_ID_WORDS), KEYWORD_AMOUNT)],
  negativeContext: NON_PERSONAL_NUMBER_RULES,
  mask: maskSerial4,
};
