/**
 * The on-send stand-in for @swc/helpers' `_extends` (webpack.config.js, ONSEND_STAND_INS) offers the same
 * export and builds the same objects as the helper it replaces.
 */
import { _ as helper } from '@swc/helpers/_/_extends';
import { _ as standIn } from '../../src/onsend/object-assign';

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
