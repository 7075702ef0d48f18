/**
 * Every known first name: one Set built once from the per-country lists. The on-send bundle has the lists
 * merged into one when it is built (`scripts/first-names-merged.cjs`, `src/onsend/first-name-set-built.ts`):
 * one sorted list front-codes smaller than six.
 */
import {
  DANISH_FIRST_NAMES,
  FINNISH_FIRST_NAMES,
  NORWEGIAN_FIRST_NAMES,
  SWEDISH_FIRST_NAMES,
} from './first-names-nordic';
import { ENGLISH_FIRST_NAMES } from './first-names-english';
import { WORLD_FIRST_NAMES } from './first-names-world';
import { toNameSet } from './first-names-read';

/** The lists by name, in the order a name shared by several stands in the first of them. */
export const FIRST_NAME_LISTS: { readonly [list: string]: string } = {
  SWEDISH_FIRST_NAMES,
  NORWEGIAN_FIRST_NAMES,
  DANISH_FIRST_NAMES,
  FINNISH_FIRST_NAMES,
  ENGLISH_FIRST_NAMES,
  WORLD_FIRST_NAMES,
};

export const FIRST_NAMES: ReadonlySet<string> = toNameSet(
  ...Object.keys(FIRST_NAME_LISTS).map((list) => FIRST_NAME_LISTS[list] ?? ''),
);
