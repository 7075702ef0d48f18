/**
 * Hostile and broken input: every case ends in a result (never an exception) that says what happened.
 */
import { extract, parseMessage } from '../../../src/core/extraction';
import { stillClock } from './clock';
import { buildEml } from './builders/mime';
import { makePdf } from './builders/pdf';
import { deflatedZeros, docxOf, paragraphs, rawZip, zipOf } from './builders/zip';

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;

describe('hostile input', () => {
  it('stops a zip bomb (under 1 MB, inflating to 400 MB) before inflating it', async () => {
    const data = deflatedZeros(400);
    expect(data.length).toBeLessThan(2 * 1024 * 1024);
    const bomb = rawZip([{ name: 'zeros.txt', data, method: 8, declaredSize: 400 * 1024 * 1024 }]);
    const result = await extract(bomb, 'bomb.zip', stillClock);
    expect(result.kind).toBe('partial');
    const member = result.kind === 'partial' ? result.members?.[0]?.result : undefined;
    expect(member).toMatchObject({ kind: 'too-large' });
    expect(result.kind === 'partial' && result.reason).toMatch(/zeros\.txt declares/);
  });

  it('stops a bomb whose header lies about its size while inflating, not after', async () => {
    const bomb = rawZip([{ name: 'liar.txt', data: deflatedZeros(400), method: 8, declaredSize: 1000 }]);
    const result = await extract(bomb, 'liar.zip', stillClock);
    expect(result.kind).toBe('partial');
    expect(result.kind === 'partial' && result.reason).toMatch(/liar\.txt inflates past 1000 bytes/);
  });

  it('refuses an OOXML part with a billion-laughs DOCTYPE without expanding it', async () => {
    const docx = zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': BILLION_LAUGHS });
    const result = await extract(docx, 'laughs.docx', stillClock);
    expect(result).toMatchObject({
      kind: 'partial',
      reason: 'word/document.xml contains a DOCTYPE declaration and was not read',
    });
    expect(result.kind === 'partial' && result.text).not.toContain('lol');
  });

  it('reads what is there from a truncated zip and says it was truncated', async () => {
    const docx = docxOf(paragraphs(['Personnummer 000229-2399']), {
      'word/zz-padding.xml': 'x'.repeat(50000),
    });
    const cut = docx.subarray(0, docx.length - 200);
    const result = await extract(cut, 'cut.docx', stillClock);
    expect(result.kind).toBe('partial');
    expect(result.kind === 'partial' && result.text).toContain('000229-2399');
    expect(result.kind === 'partial' && result.reason).toMatch(/truncated or damaged/);
  });

  it('fails cleanly on a zip cut off inside its first entry', async () => {
    const docx = docxOf(paragraphs(['x']));
    expect(await extract(docx.subarray(0, 20), 'stub.docx', stillClock)).toMatchObject({ kind: 'failed' });
  });

  it.each([
    ['garbage after the header', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x41)])],
    ['a valid PDF cut in half', makePdf([['Hello']]).subarray(0, 120)],
  ])('reports a corrupt PDF (%s) as failed or partial, never as clean', async (_label, bytes) => {
    const result = await extract(bytes, 'broken.pdf', stillClock);
    expect(['failed', 'partial']).toContain(result.kind);
  });

  it('reports an encrypted Office file (CFB with EncryptedPackage) as encrypted', async () => {
    const cfb = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb, 0);
    Buffer.from('EncryptedPackage', 'utf16le').copy(cfb, 1024);
    expect(await extract(cfb, 'secret.xlsx', stillClock)).toMatchObject({ kind: 'encrypted' });
  });

  it('does not read legacy binary Office files and says so', async () => {
    const cfb = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb, 0);
    expect(await extract(cfb, 'old.doc', stillClock)).toMatchObject({ kind: 'unsupported' });
  });

  it('caps a 10 MB single-line text file at the text limit', async () => {
    const line = Buffer.alloc(10 * 1024 * 1024, 'a');
    const result = await extract(line, 'one-line.txt', {
      ...stillClock,
      limits: { maxTextChars: 1_000_000 },
    });
    expect(result.kind).toBe('partial');
    expect(result.kind === 'partial' && result.text.length).toBe(1_000_000);
  });

  it('reads a 10 MB single-line text file completely under the default limits', async () => {
    const line = Buffer.alloc(10 * 1024 * 1024, 'b');
    const result = await extract(line, 'one-line.txt', stillClock);
    expect(result.kind === 'partial' || result.kind === 'text').toBe(true);
  });

  it('bounds deeply nested messages: attached to attached to ... 12 levels', async () => {
    let eml = buildEml({ subject: 'level 12', text: 'innermost 000229-2399' });
    for (let level = 11; level >= 1; level--) {
      eml = buildEml({
        subject: `level ${level}`,
        text: `level ${level}`,
        attachments: [{ name: `level-${level + 1}.eml`, contentType: 'message/rfc822', bytes: eml }],
      });
    }
    const draft = await parseMessage(eml, stillClock);
    expect(draft.subject).toBe('level 1');
    let content = draft.attachments[0]?.content;
    let depth = 0;
    while (content && content.kind === 'text' && content.members?.[0]) {
      content = content.members[0].result;
      depth++;
    }
    expect(content).toMatchObject({
      kind: 'too-large',
      reason: expect.stringMatching(/nested more than 4 levels/),
    });
    expect(depth).toBe(4);
  });

  it('never throws: random bytes named as every format give a result', async () => {
    const noise = Buffer.from(Array.from({ length: 4096 }, (_v, i) => (i * 7919) % 251));
    for (const name of [
      'x.docx',
      'x.xlsx',
      'x.pdf',
      'x.eml',
      'x.msg',
      'x.ics',
      'x.vcf',
      'x.rtf',
      'x.json',
      'x.zip',
    ]) {
      await expect(extract(noise, name, stillClock)).resolves.toHaveProperty('kind');
    }
  });
});

describe('the zip bomb builder', () => {
  it('really inflates to the size it claims (so the bomb tests test a bomb)', () => {
    const { inflateRawSync } = jest.requireActual<typeof import('node:zlib')>('node:zlib');
    expect(inflateRawSync(deflatedZeros(3)).length).toBe(3 * 1024 * 1024);
  });
});
