import { decodeText, detectEncoding } from '../../../src/core/extraction';

const SWEDISH = 'Åsa Öberg, Västerås – 12 €';

describe('decodeText', () => {
  it.each([
    ['UTF-8', Buffer.from(SWEDISH, 'utf8'), 'utf-8'],
    [
      'UTF-8 with BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SWEDISH, 'utf8')]),
      'utf-8',
    ],
    [
      'UTF-16LE with BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SWEDISH, 'utf16le')]),
      'utf-16le',
    ],
    [
      'UTF-16BE with BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SWEDISH, 'utf16le').swap16()]),
      'utf-16be',
    ],
    // "Åsa Öberg, Västerås – 12 €" in Windows-1252: en dash 0x96 and euro 0x80 are outside ISO-8859-1.
    [
      'Windows-1252',
      Buffer.from([
        0xc5, 0x73, 0x61, 0x20, 0xd6, 0x62, 0x65, 0x72, 0x67, 0x2c, 0x20, 0x56, 0xe4, 0x73, 0x74, 0x65, 0x72,
        0xe5, 0x73, 0x20, 0x96, 0x20, 0x31, 0x32, 0x20, 0x80,
      ]),
      'windows-1252',
    ],
  ])('%s', (_label, bytes, encoding) => {
    expect(detectEncoding(bytes)).toBe(encoding);
    expect(decodeText(bytes)).toBe(SWEDISH);
  });

  it('reads ISO-8859-1 Swedish letters as Windows-1252 (same code points)', () => {
    expect(decodeText(Buffer.from('Göteborg;Malmö', 'latin1'))).toBe('Göteborg;Malmö');
  });

  it.each([
    ['a lone continuation byte', [0x41, 0x80, 0x41]],
    ['an overlong lead byte', [0xc0, 0xaf]],
    ['a lead byte without continuation', [0xe5, 0x41, 0x41]],
  ])('treats invalid UTF-8 (%s) as Windows-1252', (_label, bytes) => {
    expect(detectEncoding(Buffer.from(bytes))).toBe('windows-1252');
  });

  it('handles multi-byte UTF-8 (4-byte sequences) and long inputs', () => {
    const text = '🙂 '.repeat(50000);
    expect(decodeText(Buffer.from(text, 'utf8'))).toBe(text);
  });
});
