/**
 * Stands in for `src/core/detection/recognizers/personal/bank-account.ts` in onsend.js (a webpack alias).
 * A Swedish clearing and account number is ordinary personal data (`financial`, a warning): the send check
 * stops only on `block`, and the lists of people that prompt as bulk data are already made by their names,
 * e-mail addresses and phone numbers. Its keywords, clearing ranges and the banks' check digits
 * (`se-clearing.ts`) cost about 1 KB of the 100 KB budget that the sensitive-data detector needs more
 * (docs/adr/0056-warnings-left-to-the-pane.md). The task pane still shows every account while the mail is
 * written; IBANs and Norwegian and Danish accounts are read on send as before.
 */
import type { Recognizer } from '../core/detection/types';

/** The Swedish account recognizer with nothing to find: same id and category, so the registry's types hold. */
export const bankAccount: Recognizer = {
  id: 'se-bank-account',
  category: 'financial',
  patterns: [],
};
