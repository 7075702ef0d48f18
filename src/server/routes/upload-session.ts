import type { FastifyRequest } from 'fastify';
import type { UploadSession } from '../../contract';
import { DataSubjectsSchema } from '../../contract/schema';
import { badRequest, notFound } from '../errors';
import { principalOf } from '../http/principal';
import type { VaultContext } from '../services/context';
import type { FileRequest } from '../services/store-file';
import type { UploadRecord } from '../storage/types';

/** Body schema of `POST /api/uploads`. */
export const sessionBody = {
  type: 'object',
  additionalProperties: false,
  required: ['fileName', 'contentType', 'size', 'sha256', 'recipients'],
  properties: {
    fileName: { type: 'string', minLength: 1, maxLength: 255 },
    contentType: { type: 'string', maxLength: 200 },
    size: { type: 'integer', minimum: 1 },
    sha256: { type: 'string', pattern: '^[0-9a-fA-F]{64}$' },
    recipients: { type: 'array', minItems: 1, maxItems: 100, items: { type: 'string', maxLength: 254 } },
    retentionClass: { type: 'string', pattern: '^[a-z0-9-]{1,40}$' },
    downloadLimit: { type: 'integer', minimum: 1, maximum: 9999 },
    linkExpiryDays: { type: 'integer', minimum: 1, maximum: 9999 },
    dataSubjects: DataSubjectsSchema,
  },
} as const;

export function present(upload: UploadRecord, chunkSize: number): UploadSession {
  return {
    id: upload.id,
    offset: upload.offset,
    size: upload.size,
    chunkSize,
    expiresAt: upload.expiresAt.toISOString(),
  };
}

export function asFileRequest(upload: UploadRecord): FileRequest {
  return {
    fileName: upload.fileName,
    contentType: upload.contentType,
    recipients: upload.recipients,
    retentionClass: upload.retentionClass,
    downloadLimit: upload.downloadLimit,
    linkExpiryDays: upload.linkExpiryDays,
    subjectKeys: upload.subjectKeys,
  };
}

/** `bytes <start>-<end>/<total>` → numbers, or a 400. */
export function parseContentRange(header: string | undefined): { start: number; end: number; total: number } {
  const match = header === undefined ? null : /^bytes (\d{1,15})-(\d{1,15})\/(\d{1,15})$/.exec(header);
  if (match === null) throw badRequest('Content-Range must be "bytes <start>-<end>/<total>".');
  const [start, end, total] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (end < start || end >= total) throw badRequest('Content-Range is out of order.');
  return { start, end, total };
}

/** Route generic for `/api/uploads/:id`. */
export type IdRequest = { Params: { id: string } };

/** The caller's own live session, or 404 (also for other people's sessions). */
export async function findOwnUpload(
  ctx: VaultContext,
  request: FastifyRequest<IdRequest>,
): Promise<{ upload: UploadRecord; email: string; name: string }> {
  const user = principalOf(request);
  const upload = await ctx.meta.uploads.get(request.params.id);
  if (upload === null || upload.owner !== user.email || upload.expiresAt <= ctx.now()) throw notFound();
  return { upload, email: user.email, name: user.name };
}
