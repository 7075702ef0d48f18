import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { HEADER_CONTENT_SHA256 } from '../../contract';
import { newId } from '../crypto/ids';
import { VaultHttpError } from '../errors';
import { principalOf } from '../http/principal';
import { ingest, tooLarge } from '../pipeline/ingest';
import type { VaultContext } from '../services/context';
import { stagingPath } from '../services/staging';
import { commitFile, resolveTerms } from '../services/store-file';
import { subjectKeyring } from '../services/subject-keys';
import { bearer, errors, uploadResponse } from './schemas';
import { fileRequestFromHeaders, uploadHeaders } from './upload-headers';

/**
 * `POST /api/files`: the raw body streams through size cap, SHA-256, sniffing, clamd and encryption into a
 * staging file; only a verified file is committed. Registered in its own scope whose only body parser hands
 * the raw stream through (so a JSON or text file is never parsed or buffered).
 */
export async function fileUploadRoutes(app: FastifyInstance, ctx: VaultContext): Promise<void> {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
  const keyring = subjectKeyring(ctx.masterKey);

  app.post(
    '/api/files',
    {
      schema: {
        summary: 'Upload a file (raw bytes); returns the one link for the mail body',
        tags: ['files'],
        security: bearer,
        headers: uploadHeaders,
        consumes: ['application/octet-stream'],
        response: { 201: uploadResponse, ...errors(400, 401, 413, 415, 422, 429, 503) },
      },
    },
    async (request, reply) => {
      const user = principalOf(request);
      const fileRequest = fileRequestFromHeaders(request, keyring);
      resolveTerms(ctx, fileRequest, ctx.now()); // refuse an unknown retention class before reading the body
      const declaredLength = Number(request.headers['content-length'] ?? 0);
      if (declaredLength > ctx.config.maxFileBytes) {
        reply.header('connection', 'close');
        throw tooLarge(ctx.config.maxFileBytes);
      }
      const fileId = newId();
      const key = randomBytes(32);
      const staging = stagingPath(ctx.stagingDir, fileId, 'part');
      try {
        const ingested = await ingest(request.raw, {
          stagingPath: staging,
          key,
          fileId,
          chunkSize: ctx.chunkSize,
          maxBytes: ctx.config.maxFileBytes,
          fileName: fileRequest.fileName,
          contentType: fileRequest.contentType,
          clamd: ctx.config.clamd,
        });
        const declared = String(request.headers[HEADER_CONTENT_SHA256]).toLowerCase();
        const body = await commitFile(
          ctx,
          {
            fileId,
            stagingPath: staging,
            ...ingested,
            wrappedKey: ctx.masterKey.wrap(key, fileId),
            owner: user,
          },
          declared,
          fileRequest,
        );
        return await reply.status(201).header('location', `/api/files/${fileId}`).send(body);
      } catch (error: unknown) {
        // The client may still be sending: close rather than read the rest of a refused body.
        if (!request.raw.readableEnded) reply.header('connection', 'close');
        if (request.raw.destroyed && !(error instanceof VaultHttpError)) {
          throw new VaultHttpError(400, 'bad-request', 'The upload was interrupted; nothing was stored.', {
            cause: error,
          });
        }
        throw error;
      } finally {
        key.fill(0);
      }
    },
  );
}
