import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { UploadSessionRequest } from '../../contract';
import { newId } from '../crypto/ids';
import { principalOf } from '../http/principal';
import { normaliseFileName } from '../pipeline/file-name';
import { tooLarge } from '../pipeline/ingest';
import { addDays, type VaultContext } from '../services/context';
import { discardUpload } from '../services/resumable';
import { resolveTerms, type FileRequest } from '../services/store-file';
import type { UploadRecord } from '../storage/types';
import { bearer, errors, idParams, uploadSession } from './schemas';
import { uploadSegmentRoutes } from './upload-segments';
import { findOwnUpload, present, sessionBody, type IdRequest } from './upload-session';
import { dataSubjectsOrThrow, recipientsOrThrow } from './upload-headers';
import { subjectKeyring } from '../services/subject-keys';

/** Resumable uploads: create a session, PUT segments (resume from GET's offset), commit with SHA-256 check. */
export async function uploadRoutes(app: FastifyInstance, ctx: VaultContext): Promise<void> {
  const busy = new Set<string>();
  const keyring = subjectKeyring(ctx.masterKey);
  const ownUpload = (request: FastifyRequest<IdRequest>): ReturnType<typeof findOwnUpload> =>
    findOwnUpload(ctx, request);

  app.post<{ Body: UploadSessionRequest }>(
    '/api/uploads',
    {
      schema: {
        summary: 'Start a resumable upload',
        tags: ['uploads'],
        security: bearer,
        body: sessionBody,
        response: { 201: uploadSession, ...errors(400, 401, 413) },
      },
    },
    async (request, reply) => {
      const user = principalOf(request);
      const body = request.body;
      if (body.size > ctx.config.maxFileBytes) throw tooLarge(ctx.config.maxFileBytes);
      const fileRequest: FileRequest = {
        fileName: normaliseFileName(body.fileName),
        contentType: body.contentType,
        recipients: recipientsOrThrow(body.recipients),
        retentionClass: body.retentionClass,
        downloadLimit: body.downloadLimit ?? null,
        linkExpiryDays: body.linkExpiryDays,
        subjectKeys: keyring.ofSubjects(dataSubjectsOrThrow(body.dataSubjects ?? [])),
      };
      resolveTerms(ctx, fileRequest, ctx.now());
      const id = newId();
      const fileId = newId();
      const key = randomBytes(32);
      const upload: UploadRecord = {
        id,
        fileId,
        owner: user.email,
        ownerName: user.name,
        fileName: fileRequest.fileName,
        contentType: fileRequest.contentType,
        size: body.size,
        sha256: body.sha256.toLowerCase(),
        recipients: fileRequest.recipients,
        retentionClass: fileRequest.retentionClass ?? ctx.config.defaultRetentionClass,
        downloadLimit: fileRequest.downloadLimit,
        linkExpiryDays: fileRequest.linkExpiryDays ?? ctx.config.linkExpiryDays,
        wrappedKey: ctx.masterKey.wrap(key, fileId),
        offset: 0,
        expiresAt: addDays(ctx.now(), ctx.config.uploadSessionHours / 24),
        subjectKeys: fileRequest.subjectKeys,
      };
      key.fill(0);
      await ctx.meta.uploads.insert(upload);
      return reply.status(201).header('location', `/api/uploads/${id}`).send(present(upload, ctx.chunkSize));
    },
  );

  app.get<IdRequest>(
    '/api/uploads/:id',
    {
      schema: {
        summary: 'Where to resume: the durable offset',
        tags: ['uploads'],
        security: bearer,
        params: idParams,
        response: { 200: uploadSession, ...errors(401, 404) },
      },
    },
    async (request) => present((await ownUpload(request)).upload, ctx.chunkSize),
  );

  await uploadSegmentRoutes(app, ctx, busy);

  app.delete<IdRequest>(
    '/api/uploads/:id',
    {
      schema: {
        summary: 'Abandon a resumable upload',
        tags: ['uploads'],
        security: bearer,
        params: idParams,
        response: { 204: { type: 'null' }, ...errors(401, 404) },
      },
    },
    async (request, reply) => {
      const { upload } = await ownUpload(request);
      await discardUpload(ctx, upload.id);
      return reply.status(204).send();
    },
  );
}
