/**
 * ZIP64 archives (as written by streaming zippers and `zip -fz`) are read, not failed: counts, sizes and
 * offsets come from the ZIP64 records when the classic fields are marked 0xFFFF / 0xFFFFFFFF.
 */
import { extract } from '../../../src/core/extraction';
import { stillClock } from './clock';
import { zip64Of } from './zip64-archive';

describe('ZIP64', () => {
  it('reads the members of a ZIP64 archive', async () => {
    const result = await extract(
      zip64Of({ 'a.txt': 'Personnummer 850709-9805\n', 'b.txt': 'hej\n' }),
      'x.zip',
      stillClock,
    );
    expect(result.kind).toBe('text');
    const members = result.kind === 'text' ? (result.members ?? []) : [];
    expect(members.map((m) => [m.name, m.result.kind === 'text' ? m.result.text : m.result.kind])).toEqual([
      ['a.txt', 'Personnummer 850709-9805\n'],
      ['b.txt', 'hej\n'],
    ]);
  });

  it('reads a Word document saved as ZIP64', async () => {
    const docx = zip64Of({
      '[Content_Types].xml': '<Types/>',
      'word/document.xml':
        '<w:document><w:body><w:p><w:r><w:t>Hej Anna</w:t></w:r></w:p></w:body></w:document>',
    });
    const result = await extract(docx, 'a.docx', stillClock);
    expect(result).toMatchObject({ kind: 'text', text: expect.stringContaining('Hej Anna') as unknown });
  });

  it('a ZIP64 end record pointing outside the file falls back to the local headers', async () => {
    const bytes = Buffer.from(zip64Of({ 'a.txt': 'hej\n' }));
    // Corrupt the locator's pointer to the ZIP64 end record.
    bytes.writeUInt32LE(0x7fffffff, bytes.length - 22 - 20 + 8);
    const result = await extract(bytes, 'x.zip', stillClock);
    expect(['text', 'partial']).toContain(result.kind);
  });
});
