// The first-name lists are data: each name once across all of them, sorted, so the on-send bundle carries
// no name twice; and the look-up still knows the names every list was written with.
import {
  isAmbiguousName,
  isFirstName,
} from '../../../../src/core/detection/recognizers/sensitive-terms/first-names';
import { FIRST_NAME_LISTS as LISTS } from '../../../../src/core/detection/recognizers/sensitive-terms/first-name-set';

const names = (list: string): string[] => list.split(' ');

describe('first-name lists', () => {
  it.each(Object.entries(LISTS))('%s is sorted, single-spaced, with no name twice', (_name, list) => {
    expect(list).toBe(list.trim());
    expect(list).not.toMatch(/ {2}/);
    const sorted = [...names(list)].sort((a, b) => a.localeCompare(b, 'sv'));
    expect(new Set(names(list)).size).toBe(names(list).length);
    expect(names(list)).toEqual(sorted);
  });

  it('holds each name in one list only', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [listName, list] of Object.entries(LISTS))
      for (const name of names(list)) {
        const first = seen.get(name);
        if (first !== undefined) twice.push(`${name} (${first}, ${listName})`);
        else seen.set(name, listName);
      }
    expect(twice).toEqual([]);
  });

  it.each([
    // common in several countries, kept in the first list only
    ['Anna', true],
    ['Lars', true],
    ['Mette', true],
    ['Juha', true],
    ['Oliver', true],
    ['Ahmed', true],
    // not names
    ['Tisdag', false],
    ['Sensor', false],
  ])('knows %s: %s', (name, known) => {
    expect(isFirstName(name)).toBe(known);
  });

  it('keeps the everyday-word names ambiguous', () => {
    expect(isAmbiguousName('Inga')).toBe(true);
    expect(isAmbiguousName('Anna')).toBe(false);
  });
});
