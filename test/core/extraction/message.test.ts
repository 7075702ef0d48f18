/**
 * Messages as attachments (.eml inside .eml, .msg routing) and the CFB sniffing around them.
 */
import { extract } from '../../../src/core/extraction';
import { containsUtf16 } from '../../../src/core/extraction/formats/cfb';
import { stillClock } from './clock';
import { buildEml } from './builders/mime';

const cfbWith = (marker: string): Buffer => {
  const bytes = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  Buffer.from(marker, 'utf16le').copy(bytes, 2048);
  return bytes;
};

describe('messages as attachments', () => {
  it('reads a forwarded .eml: headers and body as text, its attachments as members', async () => {
    const inner = buildEml({
      subject: 'Sjukintyg',
      text: 'Se bifogat intyg.',
      attachments: [{ name: 'intyg.txt', contentType: 'text/plain', bytes: Buffer.from('Diagnos: F32.1') }],
    });
    const result = await extract(inner, 'fwd.eml', stillClock);
    expect(result.kind).toBe('text');
    expect(result.kind === 'text' && result.text).toBe(
      'Subject: Sjukintyg\nFrom: Anna Svensson <anna@vinnter.se>\nTo: Bertil <bertil@example.com>\n\nSe bifogat intyg.',
    );
    expect(result.kind === 'text' && result.members).toEqual([
      {
        name: 'intyg.txt',
        result: { kind: 'text', text: 'Diagnos: F32.1', regions: [{ kind: 'lines', start: 0, end: 14 }] },
      },
    ]);
  });

  it('routes message/rfc822 by content type even without a name', async () => {
    const inner = buildEml({ subject: 'x', text: 'y' });
    expect(
      await extract(inner, 'attachment', { ...stillClock, contentType: 'message/rfc822' }),
    ).toMatchObject({ kind: 'text' });
  });

  it('a .msg without a reader in this bundle is unsupported, not clean', async () => {
    const result = await extract(cfbWith('__substg1.0_0037001F'), 'mail.msg', {
      ...stillClock,
      loaders: { msg: null },
    });
    expect(result).toMatchObject({ kind: 'unsupported', reason: 'Outlook .msg files are not read here' });
  });

  it('a damaged .msg fails with a reason from the real reader', async () => {
    const result = await extract(cfbWith('__substg1.0_0037001F'), 'mail.msg', stillClock);
    expect(result).toEqual({
      kind: 'failed',
      reason: expect.stringMatching(/^not a readable Outlook message/) as unknown,
    });
  });

  it.each([
    ['EncryptedPackage', true],
    ['Encrypted', false],
  ])('finds UTF-16LE directory names in CFB bytes (%s)', (name, found) => {
    expect(
      containsUtf16(cfbWith('EncryptedPackage'), name === 'Encrypted' ? 'EncryptedPackageX' : name),
    ).toBe(found);
  });
});

describe('Outlook .msg', () => {
  it('reads subject, sender, recipients, body and attachments (recursively) with msgreader', async () => {
    const { buildMsg } = await import('./builders/msg');
    const msg = buildMsg({
      subject: 'Lönelista',
      body: 'Hej, se bifogad lista.',
      senderEmail: 'anna@vinnter.se',
      recipients: [{ name: 'Bertil Berg', email: 'bertil@example.com' }],
      attachments: [{ name: 'lista.csv', bytes: Buffer.from('Namn;Personnummer\nAnna;000229-2399\n') }],
    });
    const result = await extract(msg, 'mail.msg', stillClock);
    expect(result.kind).toBe('text');
    const text = result.kind === 'text' ? result.text : '';
    expect(text).toContain('Subject: Lönelista');
    expect(text).toContain('From: <anna@vinnter.se>');
    expect(text).toContain('Bertil Berg');
    expect(text).toContain('Hej, se bifogad lista.');
    const member = result.kind === 'text' ? result.members?.[0] : undefined;
    expect(member?.name).toBe('lista.csv');
    expect(member?.result).toMatchObject({
      kind: 'text',
      cells: [expect.anything(), { header: 'Personnummer' }],
    });
  });
});
