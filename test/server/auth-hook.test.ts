import { rm } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { createApp } from '../../src/server/app';
import { DevAuthority } from '../../src/server/auth/dev';
import { defaultConfig } from '../../src/server/config-env';
import { MasterKey } from '../../src/server/crypto/master-key';
import { openBlobs, openMetadata } from '../../src/server/deps';
import { API_PREFIX } from '../../src/server/http/auth-hook';
import { tempDir } from './support/adapters';
import { startTestVault, upload, type TestVault } from './support/vault';

/** /api routes anyone may call, each a deliberate decision (a new one must be added here to pass). */
// The console asks how to sign in before anyone has: the answer names no secret.
const PUBLIC_API = new Set(['POST /api/dev/token', 'GET /api/console/sign-in', 'HEAD /api/console/sign-in']);

/** A concrete path for a route pattern (ids of the right shape, so only authentication can refuse). */
const concrete = (url: string): string =>
  url
    .replace(/:id\b/g, 'AAAAAAAAAAAAAAAAAAAAAA')
    .replace(/:[A-Za-z]+/g, 'x')
    .replace(/\*/g, 'x');

describe('authentication is one hook on the /api scope', () => {
  let vault: TestVault;
  beforeAll(async () => {
    vault = await startTestVault();
  });
  afterAll(() => vault.close());

  const apiRoutes = (): { method: string; url: string; public: boolean }[] =>
    vault.app.vault.routes.filter((route) => route.url.startsWith(API_PREFIX));

  it('sees the routes as they are registered', () => {
    const seen = new Set(apiRoutes().map((route) => `${route.method} ${route.url}`));
    for (const known of [
      'POST /api/files',
      'GET /api/files/:id',
      'DELETE /api/subjects',
      'GET /api/audit/verify',
    ])
      expect(seen).toContain(known);
  });

  it('declares public only the /api routes meant to be', () => {
    const declared = apiRoutes()
      .filter((route) => route.public)
      .map((route) => `${route.method} ${route.url}`);
    expect(new Set(declared)).toEqual(PUBLIC_API);
  });

  it('refuses every other /api route to an anonymous caller and to a forged token, before reading a body', async () => {
    const anna = await vault.token('anna@vinnter.se');
    const [head, body] = anna.split('.');
    const checked: string[] = [];
    for (const route of apiRoutes().filter((r) => !r.public)) {
      for (const authorization of [undefined, `Bearer ${head}.${body}.AAAA`]) {
        const res = await fetch(`${vault.url}${concrete(route.url)}`, {
          method: route.method,
          headers: {
            ...(authorization === undefined ? {} : { authorization }),
            ...(['POST', 'PUT', 'PATCH'].includes(route.method)
              ? { 'content-type': 'application/json' }
              : {}),
          },
          ...(['POST', 'PUT', 'PATCH'].includes(route.method) ? { body: '{}' } : {}),
        });
        expect([route.method, route.url, res.status]).toEqual([route.method, route.url, 401]);
        if (route.method !== 'HEAD') expect(await res.json()).toMatchObject({ code: 'unauthenticated' });
      }
      checked.push(`${route.method} ${route.url}`);
    }
    expect(checked.length).toBeGreaterThanOrEqual(12);
  });

  it('lets the same routes through with a valid token (the hook is not a blanket refusal)', async () => {
    const anna = await vault.token('anna@vinnter.se');
    expect((await upload(vault, anna, Buffer.from('hej'))).status).toBe(201);
    const limits = await fetch(`${vault.url}/api/limits`, { headers: { authorization: `Bearer ${anna}` } });
    expect(limits.status).toBe(200);
  });

  it('covers a route any module adds later, unless it opts out', async () => {
    const dir = await tempDir();
    const config = defaultConfig(dir);
    const meta = await openMetadata(config);
    const authority = await DevAuthority.create();
    const app = await createApp(config, {
      meta,
      blobs: await openBlobs(config),
      masterKey: MasterKey.generate(),
      verifier: authority,
      logStream: new PassThrough(),
    });
    try {
      await app.register(async (scope) => {
        scope.get('/api/added-later', async () => ({ ok: true }));
        scope.get('/api/added-public', { config: { public: true } }, async () => ({ ok: true }));
      });
      const base = await app.listen({ host: '127.0.0.1', port: 0 });
      expect((await fetch(`${base}/api/added-later`)).status).toBe(401);
      const token = await authority.issue('anna@vinnter.se', []);
      const signed = await fetch(`${base}/api/added-later`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(signed.status).toBe(200);
      expect((await fetch(`${base}/api/added-public`)).status).toBe(200);
    } finally {
      await app.close();
      await meta.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
