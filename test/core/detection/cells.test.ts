/** Cells found by offset: the cell holding a span, and a row's cells, by binary search. */
import { cellAt, cellsWithin } from '../../../src/core/detection/cells';

// "Anna\tKonto\n8327-9\t914 236 475-3\n": four cells on two lines.
const CELLS = [
  { start: 0, end: 4, header: 'Namn' },
  { start: 5, end: 10, header: 'Konto' },
  { start: 11, end: 17, header: 'Namn' },
  { start: 18, end: 31, header: 'Konto' },
];

describe('cellAt', () => {
  it.each([
    [{ start: 0, end: 4 }, 'Namn', 0],
    [{ start: 6, end: 9 }, 'Konto', 5],
    [{ start: 18, end: 31 }, 'Konto', 18],
  ])('%j lies in the cell at %s', (span, header, start) => {
    expect(cellAt(CELLS, span)).toMatchObject({ header, start });
  });

  it.each([
    [{ start: 4, end: 5 }], // between two cells
    [{ start: 3, end: 6 }], // across two cells
    [{ start: 31, end: 32 }], // after the last
  ])('%j lies in no cell', (span) => {
    expect(cellAt(CELLS, span)).toBeUndefined();
  });

  it('finds nothing in a text without cells', () => {
    expect(cellAt([], { start: 0, end: 1 })).toBeUndefined();
  });
});

describe('cellsWithin', () => {
  it.each([
    [0, 10, ['Namn', 'Konto']],
    [11, 31, ['Namn', 'Konto']],
    [0, 31, ['Namn', 'Konto', 'Namn', 'Konto']],
    [6, 17, ['Namn']], // a cell cut by the range's start is not within it
    [32, 40, []],
  ])('[%i, %i) holds %j', (start, end, headers) => {
    expect(cellsWithin(CELLS, start, end).map((c) => c.header)).toEqual(headers);
  });
});
