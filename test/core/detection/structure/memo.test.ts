import { memoPer } from '../../../../src/core/detection/memo';

describe('memoPer: a value worked out once per object', () => {
  it('computes once per key object, keeps objects apart, and remembers null', () => {
    const asked: string[] = [];
    const lengthOf = memoPer((key: { readonly name: string }): number | null => {
      asked.push(key.name);
      return key.name === '' ? null : key.name.length;
    });
    const a = { name: 'abc' };
    const b = { name: 'abc' };
    const empty = { name: '' };
    expect(lengthOf(a)).toBe(3);
    expect(lengthOf(a)).toBe(3);
    expect(lengthOf(b)).toBe(3);
    expect(lengthOf(empty)).toBeNull();
    expect(lengthOf(empty)).toBeNull();
    expect(asked).toEqual(['abc', 'abc', '']);
  });
});
