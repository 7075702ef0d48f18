/**
 * Identity keywords, after the Mail Guard seed list `context_personnummer` (sv, en, no, da, fi).
 * Matched whole-word and case-insensitively; the negative words are in `non-personal-words.ts`.
 */
import type { ContextRule } from '../../types';

export {
  NON_PERSONAL_NUMBER_RULES,
  NON_PERSONAL_NUMBER_WORDS,
  NUMBER_TOPIC_WORDS,
} from './non-personal-words';

/** English identity words, shared by every Nordic recognizer (mail is often in English). */
// prettier-ignore
export const ENGLISH_ID_WORDS: readonly string[] = [
  'personal number', 'civic number', 'civic registration number',
  'social security number', 'ssn', 'national id', 'national identification number',
  'identity number', 'id number', 'date of birth', 'dob', 'born', 'coordination number', 'co-ordination number',
  'interim number', 'personal id', 'personal code',
  'identity code', 'id no', 'id nr', 'id-no', 'tax id', 'tax number', 'birth number',
  'national insurance number',
];

/** Swedish personnummer / samordningsnummer words. */
// prettier-ignore
export const SWEDISH_ID_WORDS: readonly string[] = [
  'personnummer', 'personnumret', 'personnumren', 'personnr', 'pers.nr', 'pers nr', 'pnr', 'p-nr',
  'samordningsnummer', 'samordningsnumret', 'samordningsnr', 'samordnings-nr', 'födelsenummer', 'reservnummer',
  'id-nummer', 'id-nr', 'legitimation', 'född', 'födelsedatum', 'interimsnummer', 'interimistiskt nummer', 't-nummer',
];

/** Norwegian fødselsnummer words. */
// prettier-ignore
export const NORWEGIAN_ID_WORDS: readonly string[] = [
  'fødselsnummer', 'fødselsnummeret', 'fødselsnr', 'fnr', 'f.nr', 'd-nummer', 'd-nummeret', 'd-nr', 'h-nummer',
  'h-nummeret', 'personnummer', 'personnummeret', 'født',
];

/** Danish CPR words. */
// prettier-ignore
export const DANISH_ID_WORDS: readonly string[] = [
  'cpr', 'cpr-nr', 'cpr-nummer', 'cpr-nummeret', 'cprnr', 'personnummer', 'personnummeret', 'født',
];

/** Finnish henkilötunnus words (Finnish and Finland-Swedish). */
// prettier-ignore
export const FINNISH_ID_WORDS: readonly string[] = [
  'henkilötunnus', 'henkilötunnukse*', 'hetu', 'sotu', 'sosiaaliturvatunnus', 'personbeteckning', 'personbeteckningen',
];

/** An identity keyword is worth about as much as a passing checksum. */
export const KEYWORD_AMOUNT = 0.35;

/** Positive rule: an identity keyword in the sentences before (or just after) the number. */
export function keywordRule(words: readonly string[], amount: number): ContextRule {
  return { words, amount, before: 120, after: 40 };
}
