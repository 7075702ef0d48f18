import type { FastifyError, FastifyInstance } from 'fastify';
import type { ErrorBody, VaultErrorCode } from '../../contract';
import { VaultHttpError } from '../errors';

/** Fastify's own client errors we pass on with our codes (their messages describe the request, not us). */
const FASTIFY_CODES: Readonly<Record<string, { status: number; code: VaultErrorCode }>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'too-large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'bad-request' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'bad-request' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'bad-request' },
  FST_ERR_VALIDATION: { status: 400, code: 'bad-request' },
};

/** Headers that describe a payload the error replaces. */
const PAYLOAD_HEADERS = ['content-length', 'content-disposition', 'content-type', 'content-encoding'];

function asBody(code: VaultErrorCode, message: string, requestId: string): ErrorBody {
  return { code, message, requestId };
}

/**
 * One place turns every error into `{code, message, requestId}`. 5xx answers never carry exception text:
 * the details go to the log under the request id.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    // A download that fails before its first byte (a corrupted blob) had already set the file's headers;
    // with them Fastify would refuse our JSON body and send its own.
    for (const name of PAYLOAD_HEADERS) reply.removeHeader(name);
    reply.header('content-type', 'application/json; charset=utf-8');
    if (error instanceof VaultHttpError) {
      if (error.statusCode >= 500) request.log.error({ err: error.cause ?? error }, 'request failed');
      return reply.status(error.statusCode).send(asBody(error.code, error.message, request.id));
    }
    if (error.validation !== undefined) {
      return reply.status(400).send(asBody('bad-request', `Invalid request: ${error.message}`, request.id));
    }
    const known = error.code === undefined ? undefined : FASTIFY_CODES[error.code];
    if (known !== undefined)
      return reply.status(known.status).send(asBody(known.code, error.message, request.id));
    if (error.statusCode === 429) {
      return reply
        .status(429)
        .send(asBody('rate-limited', 'Too many requests; try again shortly.', request.id));
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return reply
        .status(error.statusCode)
        .send(asBody('bad-request', 'The request was not accepted.', request.id));
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply
      .status(500)
      .send(asBody('internal', 'The vault could not complete the request. Nothing was changed.', request.id));
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send(asBody('not-found', 'Not found.', request.id)),
  );
}
