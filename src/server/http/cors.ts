import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import { VAULT_REQUEST_HEADERS } from '../../contract';

/**
 * CORS for the add-in, which calls the vault from Outlook's browser (`@fastify/cors`). Only the configured
 * origins get the headers — also on 401s and 429s, so the add-in can read why it was refused; any other
 * origin gets a plain same-origin answer (the browser then blocks it) and its preflight a 404.
 * Preflights are answered in the `onRequest` hook, before per-route work such as authentication.
 */
export async function installCors(app: FastifyInstance, origins: readonly string[]): Promise<void> {
  const allowed = new Set(origins);
  await app.register(cors, {
    // `false` for anyone else turns CORS off for the request, so a foreign preflight reaches our 404 (in the
    // one error shape) instead of the plugin's own answers.
    origin: (origin, done) => done(null, origin !== undefined && allowed.has(origin) ? origin : false),
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowedHeaders: [...VAULT_REQUEST_HEADERS],
    exposedHeaders: ['Location', 'Content-Length', 'Content-Disposition', 'Retry-After'],
    maxAge: 600,
    strictPreflight: true,
    hook: 'onRequest',
  });
}
