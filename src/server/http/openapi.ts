import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';

/** Registers OpenAPI generation from the route schemas; the document is served at `GET /openapi.json`. */
export async function installOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Mail Guard vault',
        version: '1.0.0',
        description:
          'The secure file server of Mail Guard (policy P3). Files are encrypted at rest, shared through one link per ' +
          'upload that only the listed recipients pass, kept for their retention class (at most 10 years) and ' +
          'erasable per file or per person. Errors are `{code, message, requestId}`.',
      },
      components: {
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'JWT',
            description:
              'Entra ID access token for the vault API (scope access_as_user); DPO = app role `dpo`.',
          },
        },
      },
      tags: [
        { name: 'files', description: 'Upload and owner access' },
        { name: 'uploads', description: 'Resumable uploads for large files' },
        { name: 'links', description: 'Recipient landing page, work-account sign-in and download' },
        { name: 'decisions', description: 'Overrides and dismissals, recorded without values' },
        { name: 'dpo', description: 'Data-subject requests, legal hold, audit' },
        { name: 'system', description: 'Health' },
        { name: 'dev', description: 'Only with --dev-auth' },
      ],
    },
  });
}

/** The part of the generated document this module edits. */
interface Paths {
  paths?: Record<string, Record<string, Record<string, unknown>>>;
}

const RAW_BODIES: ReadonlyArray<readonly [string, 'post' | 'put', string]> = [
  ['/api/files', 'post', 'The file bytes, streamed.'],
  ['/api/uploads/{id}', 'put', 'A segment: whole multiples of chunkSize, except the last.'],
];

function withRawBodies<T extends object>(document: T): T {
  const { paths } = document as Paths;
  for (const [path, method, description] of RAW_BODIES) {
    const operation = paths?.[path]?.[method];
    if (operation !== undefined) {
      operation.requestBody = {
        required: true,
        description,
        content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
      };
    }
  }
  return document;
}

/** The route that serves the document (registered after all routes). */
export function openApiRoute(app: FastifyInstance): void {
  app.get('/openapi.json', { schema: { hide: true } }, async () => withRawBodies(app.swagger()));
}
