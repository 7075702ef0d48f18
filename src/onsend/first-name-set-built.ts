/**
 * Stands in for `first-name-set.ts` in onsend.js: every first name of the per-country lists, merged into one
 * sorted, front-coded list when the bundle is built (scripts/first-names-merged.cjs) and written in as
 * `FIRST_NAMES_MERGED`. One list front-codes smaller than six.
 */
import { toNameSet } from '../core/detection/recognizers/sensitive-terms/first-names-read';

declare const FIRST_NAMES_MERGED: string;

export const FIRST_NAMES: ReadonlySet<string> = toNameSet(FIRST_NAMES_MERGED);
