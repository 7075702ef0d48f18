import { createReadStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { BlobNotFoundError } from './fs-blobs';
import type { BlobListing, BlobStore } from './types';

/** Where the S3-compatible store lives. Credentials come from the usual AWS environment/profile chain. */
export interface S3Settings {
  readonly bucket: string;
  readonly region: string;
  readonly endpoint?: string;
  readonly forcePathStyle: boolean;
  readonly prefix: string;
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
}

/**
 * Blobs as objects `<prefix><id>` in an S3-compatible bucket (AWS, EU providers, Ceph RGW, MinIO). A PUT is
 * atomic on S3: an object is visible completely or not at all.
 */
export class S3BlobStore implements BlobStore {
  readonly kind = 's3' as const;
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      // Only checksum when the API demands it: many S3-compatible servers reject aws-chunked trailers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      ...(settings.endpoint === undefined ? {} : { endpoint: settings.endpoint }),
      ...(settings.credentials === undefined ? {} : { credentials: settings.credentials }),
    });
  }

  private key(id: string): string {
    return `${this.settings.prefix}${id}`;
  }

  /** Segments live under `<prefix>segments/`; blob ids never hold a `/`, so `list` skips them. */
  private segmentKey(key: string): string {
    return `${this.settings.prefix}segments/${key}`;
  }

  async commit(id: string, stagingPath: string, size: number): Promise<void> {
    const body = createReadStream(stagingPath, { highWaterMark: 1024 * 1024 });
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.settings.bucket,
          Key: this.key(id),
          Body: body,
          ContentLength: size,
        }),
      );
    } finally {
      body.destroy();
    }
    await unlink(stagingPath);
  }

  async read(id: string): Promise<Readable> {
    return this.getObject(this.key(id), `Blob ${id}`);
  }

  private async getObject(key: string, what: string): Promise<Readable> {
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: key }));
      if (!(answer.Body instanceof Readable)) throw new BlobNotFoundError(`${what} has no body.`);
      return answer.Body;
    } catch (error: unknown) {
      if (error instanceof Error && (error.name === 'NoSuchKey' || error.name === 'NotFound')) {
        throw new BlobNotFoundError(`${what} is missing.`, { cause: error });
      }
      throw error;
    }
  }

  async delete(id: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.key(id) }));
  }

  async list(): Promise<BlobListing[]> {
    const all = await this.listUnder(this.settings.prefix);
    return all.filter((item) => !item.id.includes('/'));
  }

  async putSegment(key: string, data: Buffer): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.settings.bucket,
        Key: this.segmentKey(key),
        Body: data,
        ContentLength: data.length,
      }),
    );
  }

  async readSegment(key: string): Promise<Readable> {
    return this.getObject(this.segmentKey(key), `Segment ${key}`);
  }

  async deleteSegment(key: string): Promise<void> {
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.segmentKey(key) }),
    );
  }

  async listSegments(): Promise<BlobListing[]> {
    return this.listUnder(`${this.settings.prefix}segments/`);
  }

  /** Every object under `prefix`, ids relative to it. */
  private async listUnder(prefix: string): Promise<BlobListing[]> {
    const out: BlobListing[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.settings.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const item of page.Contents ?? []) {
        if (item.Key === undefined) continue;
        out.push({ id: item.Key.slice(prefix.length), modifiedAt: item.LastModified ?? new Date(0) });
      }
      token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
    } while (token !== undefined);
    return out;
  }

  async close(): Promise<void> {
    this.client.destroy();
  }
}
