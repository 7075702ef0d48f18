/** One sensitive phrase shape (term-patterns.ts) and the letter classes its regexes are written with. */

export interface TermPattern {
  readonly regex: RegExp;
  /** The listed entry (`art9-terms*.ts`) whose senses the phrase takes. */
  readonly entry: string;
  /** Text every match contains one of: the regex runs only on documents holding one (most hold none). */
  readonly literals: readonly string[];
}

/** A lower-case letter of the Nordic languages and English, as a character class body. */
export const L = 'a-z\\u00DF-\\u00F6\\u00F8-\\u00FF';

/** Where a word ends: not inside a longer word or a name like "arm64". */
export const END = '(?![a-z0-9\\u00DF-\\u00F6\\u00F8-\\u00FF])';
