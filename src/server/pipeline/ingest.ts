import { createHash } from 'node:crypto';
import { unlink } from 'node:fs/promises';
import { VaultHttpError } from '../errors';
import { ChunkEncryptor } from '../crypto/streams';
import { ClamavStream, ScannerError } from './clamav';
import { SNIFF_BYTES, checkType } from './sniff';
import { StagingWriter } from './staging-writer';

/** What one pass over plaintext established. */
export interface Ingested {
  readonly sha256: string;
  readonly size: number;
  readonly encryptedBytes: number;
}

/** Where to stage, with which key and limits, and whether to scan. */
export interface IngestOptions {
  readonly stagingPath: string;
  readonly key: Buffer;
  readonly fileId: string;
  readonly chunkSize: number;
  readonly maxBytes: number;
  readonly fileName: string;
  readonly contentType: string;
  /** clamd address, or null when scanning is off. */
  readonly clamd: string | null;
}

/** The 413 refusal for bodies above the configured cap. */
export const tooLarge = (max: number): VaultHttpError =>
  new VaultHttpError(
    413,
    'too-large',
    `The file is larger than the vault accepts (${Math.floor(max / 1048576)} MB).`,
  );

/** Refuses the upload when the leading bytes contradict the name (an .exe named .pdf). */
export function enforceType(fileName: string, head: Buffer, contentType: string): void {
  const verdict = checkType(fileName, head, contentType);
  if (verdict.kind === 'blocked-type') {
    throw new VaultHttpError(415, 'blocked-type', 'Programs and scripts cannot be shared through the vault.');
  }
  if (verdict.kind === 'type-mismatch') {
    throw new VaultHttpError(
      415,
      'type-mismatch',
      `The content (${verdict.sniffed}) does not match the file name.`,
    );
  }
}

/** A scanner failure at any point refuses the upload (GOV.UK Notify's rule: no verdict, no file). */
export function scannerRefusal(error: unknown): unknown {
  return error instanceof ScannerError
    ? new VaultHttpError(
        503,
        'scanner-unavailable',
        'The virus scanner is unavailable; the file was not stored.',
        { cause: error },
      )
    : error;
}

/** Maps the scanner's answer to a refusal: an infected file never gets stored. */
export async function scannerVerdict(scanner: ClamavStream | null): Promise<void> {
  if (scanner === null) return;
  const verdict = await scanner.verdict();
  if (verdict.kind === 'infected')
    throw new VaultHttpError(422, 'infected', 'The virus scanner refused this file.');
}

/**
 * Streams plaintext once: size cap, SHA-256, type check on the first bytes, clamd, and chunked encryption
 * into a staging file that is fsynced before returning. Frames are written while the next input is hashed
 * and sealed ({@link StagingWriter}). On any failure the staging file is removed.
 */
export async function ingest(source: AsyncIterable<Buffer>, options: IngestOptions): Promise<Ingested> {
  const hash = createHash('sha256');
  const encryptor = new ChunkEncryptor(options.key, options.fileId, options.chunkSize);
  const scanner = options.clamd === null ? null : new ClamavStream(options.clamd);
  let writer: StagingWriter | null = null;
  let size = 0;
  let head: Buffer | null = Buffer.alloc(0);
  try {
    writer = await StagingWriter.create(options.stagingPath);
    await writer.append([encryptor.header()]);
    for await (const chunk of source) {
      size += chunk.length;
      if (size > options.maxBytes) throw tooLarge(options.maxBytes);
      hash.update(chunk);
      if (head !== null) {
        head = Buffer.concat([head, chunk]);
        if (head.length >= SNIFF_BYTES) {
          enforceType(options.fileName, head.subarray(0, SNIFF_BYTES), options.contentType);
          head = null;
        }
      }
      if (scanner !== null) await scanner.write(chunk);
      await writer.append(encryptor.pushParts(chunk).flat());
    }
    if (head !== null) enforceType(options.fileName, head, options.contentType);
    await writer.append(encryptor.finalParts());
    await scannerVerdict(scanner);
    const encryptedBytes = await writer.finish();
    return { sha256: hash.digest('hex'), size, encryptedBytes };
  } catch (error: unknown) {
    scanner?.abort();
    if (writer === null) await unlink(options.stagingPath).catch(() => undefined);
    else await writer.discard();
    throw scannerRefusal(error);
  }
}
