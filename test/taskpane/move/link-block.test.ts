/** The link block: what it says in each language, and that Undo removes exactly it and nothing else. */
import { formatBytes, linkBlockHtml, removeLinkBlock, type LinkBlockInput } from '../../../src/taskpane/move';

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
        'The link works until 25 December 2026.',
        'Vinnter AB&#39;s secure server according to the email policy (P3)',
      ],
    ],
    [
      'sv',
      [
        'Bilagan finns på den säkra servern:',
        '1,5 MB',
        'Länken gäller till och med 25 december 2026.',
        'Vinnter ABs säkra server enligt e-postpolicyn (P3)',
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

  it.each([
    ['at the top of the body', (block: string) => `${block}<p>Hej</p>`, '<p>Hej</p>'],
    [
      'between other blocks',
      (block: string) => `<div><p>a</p></div>${block}<div>b</div>`,
      '<div><p>a</p></div><div>b</div>',
    ],
    [
      'after Outlook prefixed its id',
      (block: string) => block.replace('id="mailguard', 'id="x_mailguard') + '<p>x</p>',
      '<p>x</p>',
    ],
    [
      'next to another moved file',
      (block: string) => linkBlockHtml({ ...INPUT, fileId: 'other' }) + block,
      linkBlockHtml({ ...INPUT, fileId: 'other' }),
    ],
  ])('is removed exactly when it is %s', (_where, body, expected) => {
    expect(removeLinkBlock(body(linkBlockHtml(INPUT)), INPUT.fileId)).toBe(expected);
  });

  it.each([
    ['the user deleted it', '<p>Hej</p>'],
    ['only another file is linked', linkBlockHtml({ ...INPUT, fileId: 'other' })],
    ['its end is missing', linkBlockHtml(INPUT).replace(/<\/div>$/, '')],
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
