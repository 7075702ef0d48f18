/**
 * Loading pdf.js must not leave the rest of the process slower: its legacy build's polyfills replace
 * `Array.prototype.push` and `JSON` on engines like Node 20, and the loader puts the natives back.
 */
import { loadPdfJs } from '../../../src/core/extraction';
import { keepNatives } from '../../../src/core/extraction/native-builtins';

describe('pdf.js loader', () => {
  it.each([
    ['Array.prototype.push', (): unknown => Array.prototype.push],
    ['JSON.parse', (): unknown => JSON.parse],
    ['JSON.stringify', (): unknown => JSON.stringify],
  ])('leaves %s native', async (_label, builtin) => {
    const before = builtin();
    await loadPdfJs();
    expect(builtin()).toBe(before);
  });

  it('loads the module once and hands out the same instance', async () => {
    expect(await loadPdfJs()).toBe(await loadPdfJs());
  });

  it('keepNatives puts back a replaced built-in on an object it was given', () => {
    const owner = { parse: (text: string): string => text };
    const original = owner.parse;
    const kept = keepNatives([{ owner, key: 'parse' }]);
    owner.parse = (text: string): string => `polyfilled ${text}`;
    kept.restore();
    expect(owner.parse).toBe(original);
  });
});
