/**
 * Stands in for `first-name-set.ts` in onsend.js: every first name of the per-country lists, merged into one
 * sorted, front-coded word set in lower case when the bundle is built (scripts/first-names-merged.cjs) and
 * written in as `FIRST_NAMES_MERGED`. One list front-codes smaller than six; the capitals, at a name's start
 * and after a hyphen ("Jan-Erik"), are written back here (`first-name-capitals.ts`).
 */
import { readWordSet } from '../core/detection/word-set-code';
import { capitalised } from './first-name-capitals';

declare const FIRST_NAMES_MERGED: string;

export const FIRST_NAMES: ReadonlySet<string> = new Set(readWordSet(FIRST_NAMES_MERGED).map(capitalised));
