import { Base64Error, decodeBase64, encodeBase64, encodeUtf8 } from '../../src/addin';

const bytes = (n: number, seed = 7): Uint8Array =>
  Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 0xff);

describe('base64 without atob/btoa', () => {
  it.each([0, 1, 2, 3, 4, 5, 64, 1000, 70001])('round-trips %i bytes and agrees with Node', (n) => {
    const data = bytes(n);
    const text = encodeBase64(data);
    expect(text).toBe(Buffer.from(data).toString('base64'));
    expect(Array.from(decodeBase64(text))).toEqual(Array.from(data));
  });

  it.each([
    ['line breaks (MIME style)', 'SGVs\r\nbG8=', 'Hello'],
    ['missing padding', 'SGVsbG8', 'Hello'],
    ['URL-safe alphabet', '-_8', Buffer.from('-_8', 'base64url').toString('latin1')],
  ])('tolerates %s', (_name, input, expected) => {
    expect(Buffer.from(decodeBase64(input)).toString('latin1')).toBe(expected);
  });

  it('rejects text that is not base64 with a named error', () => {
    expect(() => decodeBase64('abc$')).toThrow(Base64Error);
  });
});

describe('encodeUtf8 without TextEncoder', () => {
  it.each(['', 'ascii', 'åäö ÅÄÖ', 'ø æ €', '𝄞 emoji 😀', 'lone \ud800 surrogate'])(
    'encodes %j as TextEncoder does',
    (text) => {
      expect(Array.from(encodeUtf8(text))).toEqual(Array.from(new TextEncoder().encode(text)));
    },
  );
});
