/**
 * Stands in for `src/core/detection/recognizers/personal/date-of-birth.ts` in onsend.js (a webpack alias).
 * A date of birth written out beside a birth word is ordinary personal data (`date-of-birth`, a warning): the
 * send check stops only on `block`, and the lists of people that prompt as bulk data are already made by
 * their names, e-mail addresses and phone numbers, and an identity number (which holds the date) blocks. Its
 * birth words, its date shapes and its checks cost about 0.5 KB of the 100 KB budget that the sensitive-data
 * detector needs more (docs/adr/0056-warnings-left-to-the-pane.md). The task pane still shows every date of
 * birth while the mail is written.
 */
import type { Recognizer } from '../core/detection/types';

/** The date-of-birth recognizer with nothing to find: same id and category, so the registry's types hold. */
export const dateOfBirth: Recognizer = {
  id: 'date-of-birth',
  category: 'date-of-birth',
  patterns: [],
};
