import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DecryptionError, HEADER_BYTES, frameBytes } from '../../src/server/crypto/chunked';
import { decryptFrames } from '../../src/server/crypto/decrypt-frames';
import { FramePool } from '../../src/server/crypto/frame-pool';
import { ChunkEncryptor, decryptStream } from '../../src/server/crypto/streams';
import { BlobNotFoundError, FsBlobStore } from '../../src/server/storage/fs-blobs';
import type { BlobReader } from '../../src/server/storage/types';

const CHUNK = 1024;
const FRAME = frameBytes(CHUNK);
const FILE_ID = 'AAAAAAAAAAAAAAAAAAAAAA';
const key = randomBytes(32);

function encrypt(plain: Buffer): Buffer {
  const encryptor = new ChunkEncryptor(key, FILE_ID, CHUNK);
  return Buffer.concat([encryptor.header(), ...encryptor.push(plain), encryptor.final()]);
}

function pieces(bytes: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size));
  return out;
}

async function viaFrames(cipher: Buffer, pieceSize: number, pool = new FramePool(2)): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of decryptFrames(Readable.from(pieces(cipher, pieceSize)), key, FILE_ID, pool))
    parts.push(part);
  expect(pool.usage()).toEqual({ inUse: 0, waiting: 0 });
  return Buffer.concat(parts);
}

/** A blob read in place, as the filesystem store offers it. */
function readerOf(bytes: Buffer): BlobReader & { closed: boolean } {
  return {
    size: bytes.length,
    closed: false,
    read: async (target, position) =>
      Promise.resolve(bytes.copy(target, 0, position, position + target.length)),
    async close() {
      this.closed = true;
      return Promise.resolve();
    },
  };
}

async function viaReader(cipher: Buffer, pool = new FramePool(2)): Promise<Buffer> {
  const parts: Buffer[] = [];
  const reader = readerOf(cipher);
  for await (const part of decryptFrames(reader, key, FILE_ID, pool)) parts.push(part);
  expect(reader.closed).toBe(true);
  expect(pool.usage()).toEqual({ inUse: 0, waiting: 0 });
  return Buffer.concat(parts);
}

async function viaStream(cipher: Buffer): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of Readable.from(pieces(cipher, 333)).pipe(decryptStream(key, FILE_ID)))
    parts.push(part as Buffer);
  return Buffer.concat(parts);
}

describe('frame-by-frame decryption for downloads', () => {
  const sizes = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 17];
  const pieceSizes = [1, 333, FRAME, FRAME + 1, 1 << 20];
  it.each(sizes.flatMap((size) => pieceSizes.map((piece) => [size, piece] as const)))(
    'round-trips %i bytes read in pieces of %i, as the transform does',
    async (size, piece) => {
      const plain = randomBytes(size);
      const cipher = encrypt(plain);
      const out = await viaFrames(cipher, piece);
      expect(out.equals(plain)).toBe(true);
      expect(out.equals(await viaStream(cipher))).toBe(true);
      if (piece === 1) expect((await viaReader(cipher)).equals(plain)).toBe(true);
    },
  );

  describe('refuses what the transform refuses', () => {
    const cipher = encrypt(randomBytes(3 * CHUNK + 100));
    const flipped = Buffer.from(cipher);
    flipped[HEADER_BYTES + 40] = (flipped[HEADER_BYTES + 40] ?? 0) ^ 1;
    const cases: Array<[string, Buffer]> = [
      ['a flipped ciphertext bit', flipped],
      ['truncation at a frame boundary', cipher.subarray(0, HEADER_BYTES + 2 * FRAME)],
      ['truncation inside a frame', cipher.subarray(0, cipher.length - 5)],
      [
        'a dropped middle frame',
        Buffer.concat([cipher.subarray(0, HEADER_BYTES + FRAME), cipher.subarray(HEADER_BYTES + 2 * FRAME)]),
      ],
      ['an appended frame', Buffer.concat([cipher, cipher.subarray(HEADER_BYTES, HEADER_BYTES + FRAME)])],
      ['a foreign header', Buffer.concat([Buffer.from('XXXX'), cipher.subarray(4)])],
      ['a header alone', cipher.subarray(0, HEADER_BYTES)],
      ['half a header', cipher.subarray(0, 3)],
      ['nothing', Buffer.alloc(0)],
    ];
    it.each(cases)('%s', async (_label, bad) => {
      await expect(viaStream(bad)).rejects.toThrow(DecryptionError);
      const pool = new FramePool(1);
      await expect(viaFrames(bad, 333, pool)).rejects.toThrow(DecryptionError);
      expect(pool.usage()).toEqual({ inUse: 0, waiting: 0 }); // a failure gives its slot back
      await expect(viaReader(bad, pool)).rejects.toThrow(DecryptionError);
      expect(pool.usage()).toEqual({ inUse: 0, waiting: 0 });
    });
  });

  it('never has more frames in work than the pool has slots, and finishes every download', async () => {
    const pool = new FramePool(2);
    const plain = randomBytes(5 * CHUNK + 3);
    const cipher = encrypt(plain);
    let most = 0;
    const watched = async function* (): AsyncGenerator<Buffer> {
      for (const piece of pieces(cipher, 100)) {
        most = Math.max(most, pool.usage().inUse);
        await new Promise((resolve) => setImmediate(resolve));
        yield piece;
      }
    };
    const results = await Promise.all(
      Array.from({ length: 12 }, async () => {
        const parts: Buffer[] = [];
        for await (const part of decryptFrames(watched(), key, FILE_ID, pool)) parts.push(part);
        return Buffer.concat(parts);
      }),
    );
    expect(most).toBe(2);
    for (const result of results) expect(result.equals(plain)).toBe(true);
    expect(pool.usage()).toEqual({ inUse: 0, waiting: 0 });
  });

  it('gives the slot back and stops reading when a download is abandoned', async () => {
    const pool = new FramePool(1);
    const source = Readable.from(pieces(encrypt(randomBytes(4 * CHUNK)), 200));
    const frames = decryptFrames(source, key, FILE_ID, pool);
    expect((await frames.next()).value?.length).toBe(CHUNK);
    await frames.return(undefined);
    expect(pool.usage()).toEqual({ inUse: 0, waiting: 0 });
    expect(source.destroyed).toBe(true);
    // The one slot is free for the next download.
    expect((await viaFrames(encrypt(Buffer.from('next')), 7, pool)).toString()).toBe('next');
  });

  it('serves waiters in arrival order', async () => {
    const pool = new FramePool(1);
    const held = await pool.acquire(16);
    const order: number[] = [];
    const waiters = [1, 2, 3].map(async (n) => {
      const buffer = await pool.acquire(16);
      order.push(n);
      pool.release(buffer);
    });
    expect(pool.usage()).toEqual({ inUse: 1, waiting: 3 });
    pool.release(held);
    await Promise.all(waiters);
    expect(order).toEqual([1, 2, 3]);
    expect(pool.usage()).toEqual({ inUse: 0, waiting: 0 });
  });
});

describe('a client that stops reading', () => {
  it('gives its slot back after the loan time, so other downloads go on', async () => {
    const pool = new FramePool(1, 50);
    const plain = randomBytes(3 * CHUNK);
    const stalled = decryptFrames(Readable.from([encrypt(plain)]), key, FILE_ID, pool);
    expect((await stalled.next()).value?.length).toBe(CHUNK);
    expect(pool.usage().inUse).toBe(1); // held while its client has not taken the chunk
    const other = await viaFrames(encrypt(Buffer.from('meanwhile')), 5, pool);
    expect(other.toString()).toBe('meanwhile');
    await stalled.return(undefined);
    expect(pool.usage()).toEqual({ inUse: 0, waiting: 0 });
  });
});

describe('the filesystem store read in place', () => {
  it('gives the blob back exactly, and a missing blob as BlobNotFoundError', async () => {
    const root = await mkdtemp(join(tmpdir(), 'mg-frames-'));
    try {
      const store = new FsBlobStore(root);
      const plain = randomBytes(7 * CHUNK + 5);
      const staged = join(root, 'staged');
      await writeFile(staged, encrypt(plain));
      await store.commit(FILE_ID, staged);
      const reader = await store.openReader(FILE_ID);
      const parts: Buffer[] = [];
      for await (const part of decryptFrames(reader, key, FILE_ID, new FramePool(1))) parts.push(part);
      expect(Buffer.concat(parts).equals(plain)).toBe(true);
      await expect(store.openReader('BBBBBBBBBBBBBBBBBBBBBB')).rejects.toThrow(BlobNotFoundError);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
