import type { FastifyInstance, FastifyRequest } from 'fastify';
import { VaultHttpError, badRequest } from '../errors';
import type { VaultContext } from '../services/context';
import {
  appendSegment,
  claimCommit,
  deleteSegments,
  discardUpload,
  stageVerified,
} from '../services/resumable';
import { commitFile } from '../services/store-file';
import { bearer, errors, idParams, uploadResponse, uploadSession } from './schemas';
import { asFileRequest, findOwnUpload, parseContentRange, present, type IdRequest } from './upload-session';

/**
 * The data half of resumable uploads: `PUT` segments (raw bytes, in a scope whose only parser hands the
 * stream through) and the verifying commit. Any instance may serve any step: the offset moves only in a
 * guarded transaction and a commit holds a lease in the database. `busy` turns a second request to the same
 * instance away early.
 */
export async function uploadSegmentRoutes(
  app: FastifyInstance,
  ctx: VaultContext,
  busy: Set<string>,
): Promise<void> {
  const ownUpload = (request: FastifyRequest<IdRequest>): ReturnType<typeof findOwnUpload> =>
    findOwnUpload(ctx, request);

  app.register(async (raw) => {
    raw.removeAllContentTypeParsers();
    raw.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    raw.put<IdRequest>(
      '/api/uploads/:id',
      {
        schema: {
          summary: 'Append a segment (Content-Range; whole chunks are kept)',
          tags: ['uploads'],
          security: bearer,
          params: idParams,
          response: { 200: uploadSession, ...errors(400, 401, 404, 409) },
        },
      },
      async (request) => {
        const { upload } = await ownUpload(request);
        const range = parseContentRange(request.headers['content-range']);
        if (range.total !== upload.size)
          throw badRequest('Content-Range total differs from the declared size.');
        if (range.start !== upload.offset) {
          throw new VaultHttpError(409, 'offset-mismatch', `Resume from offset ${upload.offset}.`);
        }
        if (busy.has(upload.id))
          throw new VaultHttpError(409, 'conflict', 'Another segment is being written.');
        busy.add(upload.id);
        try {
          const offset = await appendSegment(ctx, upload, range.end, request.raw);
          return present({ ...upload, offset }, ctx.chunkSize);
        } finally {
          busy.delete(upload.id);
        }
      },
    );
  });

  app.post<IdRequest>(
    '/api/uploads/:id/commit',
    {
      schema: {
        summary: 'Verify SHA-256 and store the completed upload',
        tags: ['uploads'],
        security: bearer,
        params: idParams,
        response: { 201: uploadResponse, ...errors(401, 404, 409, 415, 422, 503) },
      },
    },
    async (request, reply) => {
      const { upload, email, name } = await ownUpload(request);
      if (upload.offset !== upload.size || busy.has(upload.id)) {
        throw new VaultHttpError(409, 'offset-mismatch', `Incomplete: resume from offset ${upload.offset}.`);
      }
      await claimCommit(ctx, upload);
      busy.add(upload.id);
      try {
        const { path, segmentKeys, ...verified } = await stageVerified(ctx, upload);
        const staged = {
          fileId: upload.fileId,
          stagingPath: path,
          size: upload.size,
          wrappedKey: upload.wrappedKey,
          owner: { email, name },
          ...verified,
        };
        // The session's rows go in the file's own transaction: a retried commit cannot store it twice.
        const body = await commitFile(ctx, staged, upload.sha256, asFileRequest(upload), upload.id);
        await deleteSegments(ctx, segmentKeys);
        return await reply.status(201).header('location', `/api/files/${upload.fileId}`).send(body);
      } catch (error: unknown) {
        // A verified-bad upload cannot become good: drop it. Storage trouble leaves it for a retry.
        if (error instanceof VaultHttpError && error.statusCode < 500) await discardUpload(ctx, upload.id);
        else await ctx.meta.uploads.releaseCommit(upload.id);
        throw error;
      } finally {
        busy.delete(upload.id);
      }
    },
  );
}
