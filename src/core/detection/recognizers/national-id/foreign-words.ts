/**
 * Keywords of the neighbouring countries as negative context for the Swedish recognizers: a Danish
 * `CPR 130672-9647` can also pass the Swedish checks (as a samordningsnummer), and the Danish
 * recognizer should win the overlap.
 */
import type { ContextRule } from '../../types';

/** Words naming a non-Swedish identity number. */
export const FOREIGN_ID_WORDS_FOR_SWEDEN: readonly string[] = [
  'cpr',
  'cpr-nr',
  'cpr-nummer',
  'cpr nr',
  'fødselsnummer',
  'fnr',
  'd-nummer',
  'hetu',
  'henkilötunnus',
  'sotu',
];

/** A small penalty: enough to lose an overlap against the matching country, not to hide the number. */
export const FOREIGN_ID_RULE_FOR_SWEDEN: ContextRule = {
  words: FOREIGN_ID_WORDS_FOR_SWEDEN,
  amount: -0.2,
  before: 40,
  after: 0,
};
