import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { HEADER_BYTES, encryptedSize, frameBytes } from '../../src/server/crypto/chunked';
import { hashSecret, newId, newLinkSecret } from '../../src/server/crypto/ids';
import { KeyUnwrapError, MasterKey } from '../../src/server/crypto/master-key';
import { ChunkEncryptor, decryptStream } from '../../src/server/crypto/streams';

const CHUNK = 1024;
const FILE_ID = 'AAAAAAAAAAAAAAAAAAAAAA';

function encrypt(plain: Buffer, key: Buffer, fileId = FILE_ID, pieces = 3): Buffer {
  const encryptor = new ChunkEncryptor(key, fileId, CHUNK);
  const out = [encryptor.header()];
  const step = Math.max(1, Math.ceil(plain.length / pieces));
  for (let at = 0; at < plain.length; at += step) out.push(...encryptor.push(plain.subarray(at, at + step)));
  out.push(encryptor.final());
  return Buffer.concat(out);
}

async function decrypt(cipher: Buffer, key: Buffer, fileId = FILE_ID): Promise<Buffer> {
  const parts: Buffer[] = [];
  // Feed in odd-sized pieces so frame reassembly is exercised.
  const pieces: Buffer[] = [];
  for (let at = 0; at < cipher.length; at += 333) pieces.push(cipher.subarray(at, at + 333));
  for await (const part of Readable.from(pieces).pipe(decryptStream(key, fileId))) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

describe('chunked AES-256-GCM', () => {
  const key = randomBytes(32);

  it.each([0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 17])(
    'round-trips %i bytes with the predicted size',
    async (size) => {
      const plain = randomBytes(size);
      const cipher = encrypt(plain, key);
      expect(cipher.length).toBe(encryptedSize(size, CHUNK));
      expect((await decrypt(cipher, key)).equals(plain)).toBe(true);
    },
  );

  describe('detects tampering', () => {
    const plain = randomBytes(3 * CHUNK + 100);
    const cipher = encrypt(plain, key);
    const frame = frameBytes(CHUNK);
    const cases: Array<[string, () => Buffer, Buffer | null, string | null]> = [
      [
        'a flipped ciphertext bit',
        () => {
          const c = Buffer.from(cipher);
          c[HEADER_BYTES + 40] = (c[HEADER_BYTES + 40] ?? 0) ^ 1;
          return c;
        },
        null,
        null,
      ],
      ['truncation at a frame boundary', () => cipher.subarray(0, HEADER_BYTES + 2 * frame), null, null],
      ['truncation inside a frame', () => cipher.subarray(0, cipher.length - 5), null, null],
      [
        'swapped frames',
        () =>
          Buffer.concat([
            cipher.subarray(0, HEADER_BYTES),
            cipher.subarray(HEADER_BYTES + frame, HEADER_BYTES + 2 * frame),
            cipher.subarray(HEADER_BYTES, HEADER_BYTES + frame),
            cipher.subarray(HEADER_BYTES + 2 * frame),
          ]),
        null,
        null,
      ],
      [
        'a dropped middle frame',
        () =>
          Buffer.concat([
            cipher.subarray(0, HEADER_BYTES + frame),
            cipher.subarray(HEADER_BYTES + 2 * frame),
          ]),
        null,
        null,
      ],
      ['a blob moved to another file id', () => cipher, null, 'BBBBBBBBBBBBBBBBBBBBBB'],
      ['the wrong key', () => cipher, randomBytes(32), null],
      ['a foreign header', () => Buffer.concat([Buffer.from('XXXX'), cipher.subarray(4)]), null, null],
    ];
    it.each(cases)('%s', async (_label, make, otherKey, otherId) => {
      await expect(decrypt(make(), otherKey ?? key, otherId ?? FILE_ID)).rejects.toThrow();
    });
  });

  it('never repeats a nonce and leaks no plaintext for repetitive input', () => {
    const cipher = encrypt(Buffer.alloc(4 * CHUNK, 0x41), key);
    const frame = frameBytes(CHUNK);
    const nonces = new Set<string>();
    for (let at = HEADER_BYTES; at < cipher.length; at += frame)
      nonces.add(cipher.subarray(at, at + 12).toString('hex'));
    expect(nonces.size).toBe(4);
    expect(cipher.includes(Buffer.alloc(64, 0x41))).toBe(false);
  });
});

describe('master key wrapping', () => {
  const master = MasterKey.generate();
  const fileKey = randomBytes(32);

  it('wraps and unwraps for the same file id', () => {
    expect(master.unwrap(master.wrap(fileKey, FILE_ID), FILE_ID).equals(fileKey)).toBe(true);
  });
  it.each([
    ['another file id', (w: string) => master.unwrap(w, 'BBBBBBBBBBBBBBBBBBBBBB')],
    ['another master key', (w: string) => MasterKey.generate().unwrap(w, FILE_ID)],
    [
      'an edited wrapped key',
      (w: string) => master.unwrap(w.slice(0, -6) + (w.endsWith('AAAA==') ? 'BBBB==' : 'AAAA=='), FILE_ID),
    ],
  ])('refuses %s', (_label, attempt) => {
    expect(() => attempt(master.wrap(fileKey, FILE_ID))).toThrow(KeyUnwrapError);
  });
  it.each([
    ['hex', 'a'.repeat(64)],
    ['base64', Buffer.alloc(32, 7).toString('base64')],
  ])('parses a %s key', (_kind, text) => {
    expect(MasterKey.parse(text).keyId).toMatch(/^[0-9a-f]{8}$/);
  });
  it('refuses a short key', () => {
    expect(() => MasterKey.parse('abcd')).toThrow(RangeError);
  });
});

describe('link secrets and ids', () => {
  it('have at least 128 bits of randomness and never repeat', () => {
    const secrets = Array.from({ length: 2000 }, newLinkSecret);
    expect(new Set(secrets).size).toBe(secrets.length);
    for (const secret of secrets.slice(0, 50)) {
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(secret, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    }
    // Every base64url character position varies: no fixed prefix eats entropy.
    const firstChars = new Set(secrets.map((s) => s[0]));
    expect(firstChars.size).toBeGreaterThan(40);
    expect(Buffer.from(newId(), 'base64url').length).toBe(16);
  });
  it('are stored as a SHA-256 hash', () => {
    expect(hashSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('ChunkEncryptor input splitting', () => {
  const key = randomBytes(32);
  it.each([1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK + 1, 5 * CHUNK])(
    'pieces of %i bytes give the same plaintext and size, as frames or as parts',
    async (piece) => {
      const plain = randomBytes(5 * CHUNK + 321);
      for (const asParts of [false, true]) {
        const encryptor = new ChunkEncryptor(key, FILE_ID, CHUNK);
        const out = [encryptor.header()];
        for (let at = 0; at < plain.length; at += piece) {
          const data = plain.subarray(at, at + piece);
          out.push(...(asParts ? encryptor.pushParts(data).flat() : encryptor.push(data)));
        }
        out.push(...(asParts ? encryptor.finalParts() : [encryptor.final()]));
        const cipher = Buffer.concat(out);
        expect(cipher.length).toBe(encryptedSize(plain.length, CHUNK));
        expect((await decrypt(cipher, key)).equals(plain)).toBe(true);
      }
    },
  );
});
