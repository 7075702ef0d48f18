/**
 * A recognizer's context rule: which words near a candidate raise or lower its score, and where they are
 * read (the text around it, the document's title, a list's lead-in, the row's headers). Applied by
 * context.ts; part of the recognizer contract in types.ts.
 */

/** Words around a candidate that raise or lower its score. Matched on whole words, case-insensitively. */
export interface ContextRule {
  readonly words: readonly string[];
  /** Amount added (positive) or removed (negative) when one of the words is near; bounded. */
  readonly amount: number;
  /** Characters before the candidate that are searched. */
  readonly before: number;
  /** Characters after the candidate that are searched. */
  readonly after: number;
  /**
   * The words also count in the document's title (its first line, when short, and a mail body's subject):
   * an invoice's payment details are the issuer's, however far below "FAKTURA" they stand, and a
   * "freelancer" in the subject makes the account below a person's. A negative rule also reads the lead-in
   * of the candidate's list ("Lasku hyväksytty maksuun:"), as a column header counts for its cells.
   */
  readonly title?: boolean;
  /** Negative rules only: a word also counts as the head of a compound ("Stockholmskontoret"). */
  readonly compounds?: boolean;
  /**
   * The word must be the last word before the candidate, with only spaces and punctuation between: an
   * apposition ("till Stockholmskontoret, Kungsgatan 37"), not a word somewhere in the sentence.
   */
  readonly adjacent?: boolean;
  /**
   * Negative rules only: a word also counts in the headers of the candidate's row, any column, when none
   * names a person: a table with a supplier and an organisation-number column lists companies' accounts.
   */
  readonly row?: boolean;
}
