import { readFile, readdir } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import type { ConsoleMe, ConsoleSignIn } from '../../contract';
import { ConsoleMeSchema, ConsoleSignInSchema } from '../../contract/schema';
import type { VaultConfig } from '../config';
import { notFound } from '../errors';
import { principalOf } from '../http/principal';
import type { VaultContext } from '../services/context';
import { safeJoin } from '../storage/safe-join';
import { bearer, errors } from './schemas';

/**
 * Scripts and styles from this origin only; Fluent UI writes its styles at run time, hence inline styles.
 * The API calls go to the same origin; with Entra sign-in, MSAL also fetches the authority's metadata and
 * redeems the code there, so that one origin is added to `connect-src`.
 */
export function consoleCsp(config: Pick<VaultConfig, 'consoleSignIn'>): string {
  const authority = config.consoleSignIn === null ? '' : ` ${new URL(config.consoleSignIn.authority).origin}`;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self'${authority}`,
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/** How the console signs in on this vault: `--dev-auth`, Entra (MSAL in the browser) or not at all. */
export function consoleSignIn(config: Pick<VaultConfig, 'auth' | 'consoleSignIn'>): ConsoleSignIn {
  if (config.auth.kind === 'dev') return { kind: 'dev' };
  const entra = config.consoleSignIn;
  if (entra === null) return { kind: 'none' };
  return { kind: 'entra', authority: entra.authority, clientId: entra.clientId, scopes: [...entra.scopes] };
}

/** The built bundle's files: hashed names, no folders. */
const ASSET = /^[\w.-]+\.(js|txt)$/;

type AssetRequest = { Params: { asset: string } };

/**
 * The DPO console (React + Fluent, built into `config.consoleDir` by webpack) at `/console/`. The page is
 * public like any script; everything it shows comes from the `/api` routes, which require the DPO role.
 */
export async function consoleRoutes(app: FastifyInstance, ctx: VaultContext): Promise<void> {
  app.get(
    '/api/console/sign-in',
    {
      config: { public: true }, // the console asks before anyone has signed in; nothing here is secret
      schema: {
        summary: 'How the DPO console signs in on this vault (dev, Entra with MSAL, or none)',
        tags: ['dpo'],
        response: { 200: ConsoleSignInSchema },
      },
    },
    async () => consoleSignIn(ctx.config),
  );
  app.get(
    '/api/console/me',
    {
      schema: {
        summary: 'Who is signed in to the console and whether they hold the DPO role',
        description:
          'Any signed-in user may ask; the console refuses a user without the DPO app role at sign-in. ' +
          'Every DPO route checks the role again.',
        tags: ['dpo'],
        security: bearer,
        response: { 200: ConsoleMeSchema, ...errors(401) },
      },
    },
    async (request): Promise<ConsoleMe> => {
      const who = principalOf(request);
      return { email: who.email, dpo: who.isDpo };
    },
  );
  const dir = ctx.config.consoleDir;
  if (dir === null) return;
  let index: string;
  let assets: Set<string>;
  try {
    index = await readFile(safeJoin(dir, 'index.html'), 'utf8');
    assets = new Set((await readdir(dir)).filter((name) => ASSET.test(name)));
  } catch {
    app.log.info({ dir }, 'no DPO console build found; /console is off (npm run build:addin builds it)');
    return;
  }
  const hide = { schema: { hide: true } };
  app.get('/console', hide, async (_request, reply) => reply.redirect('/console/', 302));
  app.get('/console/', hide, async (_request, reply) =>
    reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-security-policy', consoleCsp(ctx.config))
      .header('x-frame-options', 'DENY')
      .send(index),
  );
  app.get<AssetRequest>('/console/:asset', hide, async (request, reply) => {
    const name = request.params.asset;
    if (!assets.has(name)) throw notFound();
    const type = name.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/plain; charset=utf-8';
    return reply
      .header('content-type', type)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(await readFile(safeJoin(dir, name)));
  });
}
