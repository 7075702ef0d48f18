/**
 * onsend.js reads attachments with `src/onsend/format-readers.ts` in place of the lazy
 * `format-loaders.ts` (webpack.config.js, ONSEND_STAND_INS): the two must offer the same extractors.
 */
import * as lazy from '../../src/core/extraction/format-loaders';
import * as eager from '../../src/onsend/format-readers';
import { stillClock } from '../core/extraction/clock';
import { createContext } from '../../src/core/extraction/limits';
import { extractIn } from '../../src/core/extraction/extract';

describe('the on-send bundle’s format readers', () => {
  it('export what format-loaders.ts exports', () => {
    expect(Object.keys(eager).sort()).toEqual(Object.keys(lazy).sort());
  });

  it.each([
    ['extractCsv', 'namn;telefon\nAnna;070-123 45 67\n'],
    ['extractTsv', 'namn\ttelefon\nAnna\t070-123 45 67\n'],
    ['extractPlainText', 'Hej Anna,\nvi ses i morgon.\n'],
  ] as const)('%s reads as the lazy one does', async (name, text) => {
    const bytes = new TextEncoder().encode(text);
    const ctx = createContext(stillClock, { pdf: null, msg: null, email: null }, extractIn);
    expect(await eager[name](bytes, ctx, 'a.txt', undefined)).toEqual(
      await lazy[name](bytes, ctx, 'a.txt', undefined),
    );
  });
});
