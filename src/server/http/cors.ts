import type {} from '@fastify/swagger'; // brings the `hide` schema option
import type { FastifyInstance } from 'fastify';
import { VAULT_REQUEST_HEADERS } from '../../contract';

const METHODS = 'GET, POST, PUT, DELETE, OPTIONS';
const EXPOSED = 'Location, Content-Length, Content-Disposition, Retry-After';

/**
 * CORS headers for the add-in, which calls the vault from Outlook's browser. Only configured origins get the
 * headers; everyone else gets a plain same-origin answer (the browser then blocks the response).
 */
export function installCors(app: FastifyInstance, origins: readonly string[]): void {
  const allowed = new Set(origins);
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (origin === undefined || !allowed.has(origin)) return;
    reply.header('Access-Control-Allow-Origin', origin);
    reply.header('Vary', 'Origin');
    reply.header('Access-Control-Expose-Headers', EXPOSED);
  });
}

/** Answers preflights; registered after the rate limiter so preflights are limited too. */
export function installCorsPreflight(app: FastifyInstance, origins: readonly string[]): void {
  const allowed = new Set(origins);
  app.options('*', { schema: { hide: true } }, async (request, reply) => {
    const origin = request.headers.origin;
    if (origin === undefined || !allowed.has(origin)) return reply.status(403).send();
    return reply
      .status(204)
      .header('Access-Control-Allow-Methods', METHODS)
      .header('Access-Control-Allow-Headers', VAULT_REQUEST_HEADERS.join(', '))
      .header('Access-Control-Max-Age', '600')
      .send();
  });
}
