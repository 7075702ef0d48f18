import { decodeText, detectEncoding } from '../../../src/core/extraction';
import { decodeUtf8Standard } from '../../../src/core/extraction/decode-text';

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

describe('decodeUtf8Standard (the decoder where the runtime has no TextDecoder)', () => {
  const runtime = new TextDecoder();
  it.each([
    ['ASCII', [0x61, 0x62, 0x63]],
    ['Swedish and the euro sign', [...Buffer.from(SWEDISH, 'utf8')]],
    ['a code point outside the BMP (surrogate pair)', [0xf0, 0x9f, 0x98, 0x80, 0x21]],
    ['the highest code point', [0xf4, 0x8f, 0xbf, 0xbf]],
    ['a byte order mark at the start is dropped', [0xef, 0xbb, 0xbf, 0x61]],
    ['a byte order mark later is kept', [0x61, 0xef, 0xbb, 0xbf]],
    ['a lone continuation byte', [0x61, 0x80, 0x62]],
    ['a byte that never starts a sequence', [0xc0, 0xc1, 0xf5, 0xff, 0x61]],
    ['an overlong three-byte sequence', [0xe0, 0x80, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80, 0x61]],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a sequence broken by ASCII', [0xe2, 0x82, 0x41, 0xc3]],
    ['a sequence cut short at the end', [0x61, 0xf0, 0x9f, 0x98]],
    ['empty', []],
  ])('%s: as TextDecoder decodes it', (_label, bytes) => {
    const input = new Uint8Array(bytes);
    expect(decodeUtf8Standard(input)).toBe(runtime.decode(input));
  });

  it('matches TextDecoder on every two-byte input and many random ones', () => {
    const inputs: Uint8Array[] = [];
    for (let a = 0; a < 256; a++) for (let b = 0; b < 256; b++) inputs.push(new Uint8Array([a, b]));
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) & 0xff;
    // Mostly high bytes, where the decoder's decisions are.
    for (let n = 0; n < 5000; n++)
      inputs.push(Uint8Array.from({ length: 1 + (n % 9) }, () => next() | (n % 3 === 0 ? 0 : 0x80)));
    const differing = inputs.filter((input) => decodeUtf8Standard(input) !== runtime.decode(input));
    expect(differing.map((input) => [...input])).toEqual([]);
  });
});
