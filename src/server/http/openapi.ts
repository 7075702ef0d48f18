import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';

/**
 * What the document says about the vault itself; the paths come from the route schemas.
 *
 * The generator (`@fastify/swagger` with `yaml`, ~90 modules) is loaded and the document built on the first
 * `GET /openapi.json`, not at start: nothing else needs it, and a vault that is never asked for its API
 * description should not carry it in memory. The routes are recorded as they are registered and replayed
 * into a private instance with the generator registered as usual, so the document is the one the generator
 * would have produced on the app itself (test/server/openapi.test.ts compares the two).
 */
export const OPENAPI_OPTIONS: FastifyDynamicSwaggerOptions = {
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
};

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

/** Loads the generator only now; `import()` keeps it out of the start-up module graph. */
async function loadGenerator(): Promise<typeof import('@fastify/swagger').default> {
  return (await import('@fastify/swagger')).default;
}

/** Registers the generator on `app` itself, before any route (for comparing the two ways in tests). */
export async function installOpenApiAtStart(app: FastifyInstance): Promise<() => object> {
  await app.register(await loadGenerator(), OPENAPI_OPTIONS);
  return () => withRawBodies(app.swagger());
}

/**
 * The fields of a route the generator reads (`@fastify/swagger` lib/spec/openapi): hooks and handlers stay
 * behind, so nothing of the app runs in the private instance.
 */
function replayable(route: RouteOptions): RouteOptions {
  const { method, url, schema, config, links } = route;
  return {
    method,
    url,
    ...(schema === undefined ? {} : { schema }),
    ...(config === undefined ? {} : { config }),
    ...(links === undefined ? {} : { links }),
    handler: () => undefined,
  };
}

/** Builds the document from recorded routes in a private instance that never listens. */
async function buildDocument(routes: readonly RouteOptions[]): Promise<object> {
  // HEAD routes are replayed as recorded (the generator leaves them out), not generated a second time.
  const scratch = Fastify({ exposeHeadRoutes: false });
  // Only the schemas' text is needed: nothing is validated or serialised here.
  scratch.setValidatorCompiler(() => () => true);
  scratch.setSerializerCompiler(() => (data: unknown) => JSON.stringify(data));
  try {
    await scratch.register(await loadGenerator(), OPENAPI_OPTIONS);
    for (const route of routes) scratch.route(replayable(route));
    await scratch.ready();
    return withRawBodies(scratch.swagger());
  } finally {
    await scratch.close();
  }
}

/**
 * Records every route registered after this call (call it before any route). Returns the function that
 * yields the document, built once on first use; a failed build is tried again on the next request.
 */
export function recordRoutesForOpenApi(app: FastifyInstance): () => Promise<object> {
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    routes.push(route);
  });
  let document: Promise<object> | null = null;
  return () => {
    document ??= buildDocument(routes).catch((error: unknown) => {
      document = null;
      throw error;
    });
    return document;
  };
}

/** The route that serves the document (registered after all routes, hidden from the document itself). */
export function openApiRoute(app: FastifyInstance, document: () => object | Promise<object>): void {
  app.get('/openapi.json', { schema: { hide: true } }, async () => document());
}
