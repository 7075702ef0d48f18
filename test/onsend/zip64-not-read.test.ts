/**
 * On send, a ZIP64 archive is named "not checked", never read as empty or clean: onsend.js takes
 * src/onsend/zip64-not-read.ts in place of the ZIP64 reader (webpack.config.js, ONSEND_STAND_INS), and the
 * task pane reads the archive in full.
 */
import { extract } from '../../src/core/extraction';
import { stillClock } from '../core/extraction/clock';
import { zip64Of } from '../core/extraction/zip64-archive';
import { strToU8, zipSync } from 'fflate';

jest.mock('../../src/core/extraction/zip64', () => jest.requireActual('../../src/onsend/zip64-not-read'));

describe('ZIP64 on send', () => {
  it.each([
    ['a ZIP64 archive', 'x.zip'],
    ['a Word document saved as ZIP64', 'a.docx'],
  ])('%s is reported, not read', async (_what, name) => {
    const bytes = zip64Of({
      '[Content_Types].xml': '<Types/>',
      'word/document.xml': '<w:t>850709-9805</w:t>',
    });
    const result = await extract(bytes, name, stillClock);
    expect(result.kind).not.toBe('text');
    expect(JSON.stringify(result)).toMatch(/ZIP64/);
  });

  it('reads a classic archive as before', async () => {
    const result = await extract(zipSync({ 'a.txt': strToU8('hej\n') }), 'x.zip', stillClock);
    expect(result.kind).toBe('text');
  });
});
