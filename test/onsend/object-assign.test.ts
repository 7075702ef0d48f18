/**
 * The on-send stand-in for @swc/helpers' `_extends` (webpack.config.js, ONSEND_STAND_INS) offers the same
 * export and builds the same objects as the helper it replaces.
 */
import { _ as standIn } from '../../src/onsend/object-assign';

// The helper ships without type declarations: typed here as the stand-in is.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const helper = (require('@swc/helpers/_/_extends') as { _: typeof standIn })._;

describe('the object-spread helper on send', () => {
  it.each([
    [[{}, { a: 1 }, { b: 2 }]],
    [[{}, { a: 1 }, { a: 2, c: [3] }]],
    [[{}, null, { d: undefined }]],
    [[{ x: 1 }, Object.create({ inherited: true }) as object]],
  ])('assigns like the helper: %j', (args) => {
    const [target, ...sources] = args as [object, ...unknown[]];
    expect(standIn({ ...target }, ...sources)).toEqual(helper({ ...target }, ...sources));
  });
});
