import { randomUUID } from 'node:crypto';
import { chmod, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import pino from 'pino';
import type { VaultConfig } from './config';
import type { DevAuthority } from './auth/dev';
import { LINK_SIGN_IN_PURPOSE } from './auth/link-session';
import type { TokenVerifier } from './auth/principal';
import { DEFAULT_CHUNK_SIZE } from './crypto/chunked';
import { DEFAULT_FRAME_SLOTS, FramePool } from './crypto/frame-pool';
import type { MasterKey } from './crypto/master-key';
import { installAuthHook, type RouteEntry } from './http/auth-hook';
import { capConnections, clientErrorHandler, serverTimeoutOptions } from './http/connections';
import { installCors } from './http/cors';
import { installErrorHandler } from './http/error-handler';
import { loggerOptions } from './http/logging';
import { sharedRateLimitStore } from './http/shared-rate-limit';
import { installOpenApiAtStart, openApiRoute, recordRoutesForOpenApi } from './http/openapi';
import { consoleRoutes } from './routes/console';
import { decisionRoutes } from './routes/decisions';
import { fileUploadRoutes } from './routes/files-upload';
import { fileRoutes } from './routes/files';
import { linkSignInRoutes } from './routes/link-signin';
import { linkRoutes } from './routes/links';
import { myLinkRoutes } from './routes/my-links';
import { subjectRoutes } from './routes/subjects';
import { storedFileRoutes } from './routes/stored-files';
import { systemRoutes } from './routes/system';
import { uploadRoutes } from './routes/uploads';
import { AUDIT_KEY_PURPOSE, AuditLog } from './services/audit';
import { Background } from './services/background';
import type { VaultContext } from './services/context';
import type { Mailer } from './services/mailer';
import { RetentionWorker } from './services/retention';
import { cleanStaging } from './services/staging';
import type { BlobStore, MetadataStore } from './storage/types';

/** What `createApp` needs besides the config; tests inject a clock, a log stream or fakes here. */
export interface VaultDeps {
  readonly meta: MetadataStore;
  readonly blobs: BlobStore;
  readonly masterKey: MasterKey;
  readonly verifier: TokenVerifier;
  readonly devAuthority?: DevAuthority | null;
  readonly mailer?: Mailer | null;
  readonly now?: () => Date;
  /** Where pino writes (default stdout). */
  readonly logStream?: Writable;
  readonly chunkSize?: number;
  /**
   * Loads the OpenAPI generator at start and lets it watch the routes, instead of building the document on
   * the first `GET /openapi.json` (the default, which keeps ~90 modules out of memory). Tests use it to show
   * both give the same document.
   */
  readonly openApiAtStart?: boolean;
}

/** Handles the process (main.ts) and tests use beyond HTTP. */
export interface VaultHandle {
  readonly ctx: VaultContext;
  readonly worker: RetentionWorker;
  /** Every registered route and whether it is public (the authentication hook's view). */
  readonly routes: readonly RouteEntry[];
}

declare module 'fastify' {
  interface FastifyInstance {
    vault: VaultHandle;
  }
}

/** The key the shared rate-limit buckets are pseudonymised with is derived for this purpose. */
const RATE_LIMIT_PURPOSE = 'rate-limit';

/** JSON bodies are tiny (session requests, recipient checks); files use the streaming routes. */
const JSON_BODY_LIMIT = 64 * 1024;

/**
 * Builds the vault's Fastify app from a validated config and injected dependencies (no listening, no
 * timers: `main.ts` starts those). Staging files left by a previous process are removed here.
 */
export async function createApp(config: VaultConfig, deps: VaultDeps): Promise<FastifyInstance> {
  const now = deps.now ?? ((): Date => new Date());
  const logger: FastifyBaseLogger = pino(loggerOptions(config.logLevel), deps.logStream ?? process.stdout);
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: JSON_BODY_LIMIT,
    genReqId: () => randomUUID(),
    ...serverTimeoutOptions(config),
    clientErrorHandler,
    // X-Forwarded-For only from the configured proxies; without any, the socket address is the client.
    trustProxy: config.trustedProxies.length === 0 ? false : [...config.trustedProxies],
    // Unknown fields are refused, not silently dropped; types are not coerced in bodies.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false } },
  });
  capConnections(app.server, config.maxConnectionsPerAddress, config.trustedProxies);
  // 0700 whatever the umask or an earlier run left: only the vault's own account may look inside.
  await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
  await chmod(config.dataDir, 0o700);
  const stagingDir = join(config.dataDir, 'staging');
  await mkdir(stagingDir, { recursive: true, mode: 0o700 });
  await chmod(stagingDir, 0o700);
  const ctx: VaultContext = {
    config,
    publicUrl: config.publicUrl,
    meta: deps.meta,
    blobs: deps.blobs,
    masterKey: deps.masterKey,
    now,
    audit: new AuditLog(deps.meta, now, deps.masterKey.derive(AUDIT_KEY_PURPOSE)),
    background: new Background(logger),
    verifier: deps.verifier,
    devAuthority: deps.devAuthority ?? null,
    mailer: deps.mailer ?? null,
    stagingDir,
    chunkSize: deps.chunkSize ?? DEFAULT_CHUNK_SIZE,
    framePool: new FramePool(DEFAULT_FRAME_SLOTS),
  };
  const removed = await cleanStaging(stagingDir, deps.meta, true);
  if (removed > 0) app.log.warn({ removed }, 'removed staging files of interrupted uploads');
  const routes: RouteEntry[] = [];
  app.decorate('vault', { ctx, worker: new RetentionWorker(ctx, app.log), routes });

  installErrorHandler(app);
  await app.register(helmet, {
    // Plain-http development would otherwise have its landing-page form upgraded to https.
    contentSecurityPolicy: {
      directives: { upgradeInsecureRequests: config.publicUrl.startsWith('https:') ? [] : null },
    },
    hsts: { maxAge: 31_536_000, includeSubDomains: true },
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
  // Signed cookies of the link sign-in; every instance derives the same key from the shared master key.
  await app.register(cookie, { secret: deps.masterKey.derive(LINK_SIGN_IN_PURPOSE) });
  await app.register(rateLimit, {
    max: config.rateLimitPerMinute,
    timeWindow: 60_000,
    // Several instances share PostgreSQL: they share the counters too. One embedded instance counts in memory.
    ...(deps.meta.kind === 'postgres'
      ? { store: sharedRateLimitStore(deps.meta.rateLimits, deps.masterKey.derive(RATE_LIMIT_PURPOSE)) }
      : {}),
  });
  // Its hook is global, so it runs before the per-route rate limit and authentication: 401s and 429s carry
  // the CORS headers the add-in needs to read them.
  await installCors(app, config.corsOrigins);
  installAuthHook(app, ctx, routes); // before any route, so every /api route is covered
  const openApi =
    deps.openApiAtStart === true ? await installOpenApiAtStart(app) : recordRoutesForOpenApi(app);
  await app.register(async (scope) => fileUploadRoutes(scope, ctx));
  await app.register(async (scope) => fileRoutes(scope, ctx));
  await app.register(async (scope) => uploadRoutes(scope, ctx));
  await app.register(async (scope) => linkRoutes(scope, ctx));
  const signIn = config.signIn;
  if (signIn !== null) await app.register(async (scope) => linkSignInRoutes(scope, ctx, signIn));
  await app.register(async (scope) => subjectRoutes(scope, ctx));
  await app.register(async (scope) => storedFileRoutes(scope, ctx));
  await app.register(async (scope) => decisionRoutes(scope, ctx));
  await app.register(async (scope) => myLinkRoutes(scope, ctx));
  await app.register(async (scope) => consoleRoutes(scope, ctx));
  await app.register(async (scope) => systemRoutes(scope, ctx));
  openApiRoute(app, openApi);
  app.addHook('onClose', async () => {
    await app.vault.worker.stop();
    await ctx.background.drain();
  });
  return app;
}
