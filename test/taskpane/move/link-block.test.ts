/** The link block: what it says in each language, and that Undo removes exactly it and nothing else. */
import {
  formatBytes,
  linkBlockHtml,
  removeLinkBlock,
  withLinkRow,
  type LinkBlockInput,
} from '../../../src/taskpane/move';

const INPUT: LinkBlockInput = {
  fileId: 'Abc_123-x',
  fileName: 'Löner <2026>.xlsx',
  size: 1_572_864,
  url: 'https://vault.example.se/s/tok&en',
  expiresAt: '2026-12-25T10:00:00Z',
  companyName: 'Vinnter AB',
  language: 'en',
};

describe('link block', () => {
  it.each([
    [
      'en',
      [
        'The attachment is on the secure server:',
        '1.5 MB',
        'the link works until 25 December 2026',
        'Vinnter AB’s secure server according to the email policy (P3)',
      ],
    ],
    [
      'sv',
      [
        'Bilagan finns på den säkra servern:',
        '1,5 MB',
        'länken gäller till och med 25 december 2026',
        'Vinnter AB:s säkra server enligt e-postpolicyn (P3)',
      ],
    ],
  ] as const)('speaks %s', (language, expected) => {
    const html = linkBlockHtml({ ...INPUT, language });
    for (const text of expected) expect(html).toContain(text);
  });

  it('escapes the file name and the URL', () => {
    const html = linkBlockHtml(INPUT);
    expect(html).toContain('Löner &#60;2026&#62;.xlsx');
    expect(html).toContain('href="https://vault.example.se/s/tok&#38;en"');
    expect(html).not.toContain('<2026>');
  });

  const other = { ...INPUT, fileId: 'other', fileName: 'b.pdf' };
  const SIGNED = '<p>Hej Anna,</p><p>Här är listan.</p><div id="Signature"><p>Eva</p></div>';

  it('goes above the signature, never above the greeting', () => {
    const html = withLinkRow(SIGNED, INPUT);
    expect(html.indexOf('Här är listan.')).toBeLessThan(html.indexOf('mailguard-links'));
    expect(html.indexOf('mailguard-links')).toBeLessThan(html.indexOf('id="Signature"'));
    expect(withLinkRow('<p>Hej</p>', INPUT).startsWith('<p>Hej</p><div')).toBe(true);
  });

  it('is one block for all moved files, in the order they were moved, with the plural lead', () => {
    const html = withLinkRow(withLinkRow(SIGNED, INPUT), other);
    expect(html.match(/data-mailguard-links=/g)).toHaveLength(1);
    expect(html.indexOf('Löner &#60;2026&#62;.xlsx')).toBeLessThan(html.indexOf('b.pdf'));
    expect(html).toContain('The attachments are on the secure server:');
    expect(html).not.toContain('The attachment is on');
  });

  it.each([
    ['the only file', (h: string) => h, SIGNED],
    ['after Outlook prefixed its ids', (h: string) => h.replace(/id="mailguard/g, 'id="x_mailguard'), SIGNED],
  ])('takes the whole block out with %s', (_what, rewrite, expected) => {
    expect(removeLinkBlock(rewrite(withLinkRow(SIGNED, INPUT)), INPUT.fileId)).toBe(expected);
  });

  it('takes one line out of two and says "attachment" again', () => {
    const both = withLinkRow(withLinkRow(SIGNED, INPUT), other);
    const left = removeLinkBlock(both, INPUT.fileId) ?? '';
    expect(left).toBe(withLinkRow(SIGNED, other));
    expect(left).toContain('The attachment is on the secure server:');
  });

  it.each([
    ['the user deleted it', '<p>Hej</p>'],
    ['only another file is linked', linkBlockHtml(other)],
    ['its end is missing', linkBlockHtml(INPUT).replace(/<\/li>/, '')],
  ])('is reported missing when %s', (_why, body) => {
    expect(removeLinkBlock(body, INPUT.fileId)).toBeUndefined();
  });

  it.each([
    [512, 'en', '512 bytes'],
    [15_000, 'en', '15 KB'],
    [1_572_864, 'sv', '1,5 MB'],
  ] as const)('formats %d bytes in %s as %s', (size, language, expected) => {
    expect(formatBytes(size, language)).toBe(expected);
  });
});
