/**
 * The on-send stand-in for dictionary-sources.ts (webpack.config.js, ONSEND_STAND_INS): it offers every
 * function of the real module that detection calls, and answers as the real one does when nothing was
 * handed in.
 */
import * as real from '../../src/core/detection/dictionary-sources';
import * as standIn from '../../src/onsend/dictionaries-built-here';

describe('the on-send dictionaries stand-in', () => {
  it('offers the functions detection imports', () => {
    expect(Object.keys(standIn).sort()).toEqual(['dictionaryData', 'dictionaryRegex']);
    for (const name of Object.keys(standIn)) expect(typeof real[name as keyof typeof real]).toBe('function');
  });

  it('builds what the real module builds when nothing was handed in', () => {
    real.takeBuiltDictionarySources();
    const build = () => /a(?:b|c)/g;
    expect(standIn.dictionaryRegex('t:x', build).source).toBe(real.dictionaryRegex('t:x', build).source);
    expect(standIn.dictionaryData('t:y', () => '3')).toBe(real.dictionaryData('t:y', () => '3'));
  });
});
