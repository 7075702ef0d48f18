import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type KeyLike, type JWTPayload } from 'jose';
import type { UploadResponse } from '../../src/contract';
import { EntraVerifier } from '../../src/server/auth/entra';
import { startTestVault, upload, type TestVault } from './support/vault';

const TENANT = '11111111-2222-3333-4444-555555555555';
const AUDIENCE = 'api://mailguard-vault';
const ISSUER = `https://login.microsoftonline.com/${TENANT}/v2.0`;

/** The tenant's signing key, published on a loopback JWKS endpoint as Entra publishes its keys. */
describe('Entra ID access tokens against a local JWKS', () => {
  let jwks: Server;
  let vault: TestVault;
  let key: KeyLike;
  let strangerKey: KeyLike;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    key = pair.privateKey;
    strangerKey = (await generateKeyPair('RS256')).privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'tenant-key-1', use: 'sig', alg: 'RS256' };
    jwks = createServer((_req, res) =>
      res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })),
    );
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/discovery/v2.0/keys`;
    const settings = { tenantId: TENANT, audience: AUDIENCE, issuer: ISSUER, jwksUrl, dpoRole: 'dpo' };
    vault = await startTestVault({
      verifier: new EntraVerifier(settings),
      config: { auth: { kind: 'entra', ...settings } },
    });
  });
  afterAll(async () => {
    await vault.close();
    await new Promise((resolve) => jwks.close(resolve));
  });

  const sign = (
    claims: JWTPayload,
    options: { iss?: string; aud?: string; exp?: string; signer?: KeyLike; kid?: string } = {},
  ): Promise<string> =>
    new SignJWT({
      scp: 'access_as_user',
      tid: TENANT,
      name: 'Anna Andersson',
      preferred_username: 'Anna@Vinnter.se',
      ...claims,
    })
      .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'tenant-key-1' })
      .setIssuer(options.iss ?? ISSUER)
      .setAudience(options.aud ?? AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(options.exp ?? '10m')
      .sign(options.signer ?? key);

  it('accepts a valid token for the vault API and takes the address from it', async () => {
    const res = await upload(vault, await sign({}), Buffer.from('hej'));
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as UploadResponse;
    const meta = await fetch(`${vault.url}/api/files/${id}`, {
      headers: { authorization: `Bearer ${await sign({})}` },
    });
    expect(await meta.json()).toMatchObject({ owner: 'anna@vinnter.se' });
  });

  it.each([
    ['another audience', {}, { aud: 'api://someone-else' }],
    [
      'another tenant as issuer',
      {},
      { iss: 'https://login.microsoftonline.com/99999999-2222-3333-4444-555555555555/v2.0' },
    ],
    ['the v1 issuer', {}, { iss: `https://sts.windows.net/${TENANT}/` }],
    ['an expired token', {}, { exp: '-5m' }],
    ['no access_as_user scope', { scp: 'User.Read' }, {}],
    ['no address claim', { preferred_username: 'not-an-address' }, {}],
    ['a key the tenant does not publish', {}, { signer: undefined, kid: 'unknown-kid' }],
    ['a foreign key under the tenant kid', {}, { signerIsStranger: true }],
  ])(
    'refuses %s',
    async (
      _label,
      claims: JWTPayload,
      options: { aud?: string; iss?: string; exp?: string; kid?: string; signerIsStranger?: boolean },
    ) => {
      const { signerIsStranger, ...rest } = options;
      const token = await sign(claims, {
        ...rest,
        ...(signerIsStranger === true || rest.kid !== undefined ? { signer: strangerKey } : {}),
      });
      const res = await upload(vault, token, Buffer.from('x'));
      expect(res.status).toBe(401);
    },
  );

  it('gives DPO rights only to the dpo app role', async () => {
    const plain = await fetch(`${vault.url}/api/audit/verify`, {
      headers: { authorization: `Bearer ${await sign({})}` },
    });
    expect(plain.status).toBe(403);
    const dpo = await fetch(`${vault.url}/api/audit/verify`, {
      headers: { authorization: `Bearer ${await sign({ roles: ['dpo'] })}` },
    });
    expect(await dpo.json()).toMatchObject({ ok: true });
  });

  it.each([
    ['the dpo app role', { roles: ['dpo'] }, true],
    ['other app roles', { roles: ['reader', 'DPO'] }, false],
    ['no roles claim', {}, false],
  ])('tells the console who signed in and whether they hold the role: %s', async (_label, claims, dpo) => {
    const res = await fetch(`${vault.url}/api/console/me`, {
      headers: { authorization: `Bearer ${await sign(claims)}` },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ email: 'anna@vinnter.se', dpo });
  });

  it('answers /api/console/me only to a valid token', async () => {
    expect((await fetch(`${vault.url}/api/console/me`)).status).toBe(401);
    const stranger = await sign({ roles: ['dpo'] }, { signer: strangerKey });
    const res = await fetch(`${vault.url}/api/console/me`, {
      headers: { authorization: `Bearer ${stranger}` },
    });
    expect(res.status).toBe(401);
  });

  it('lets an internal recipient download by signing in (bearer on the link POST)', async () => {
    const res = await upload(vault, await sign({}), Buffer.from('internt'), {
      recipients: 'bo.berg@vinnter.se',
    });
    const secret = new URL(((await res.json()) as UploadResponse).links[0]?.url ?? '').pathname.slice(3);
    const bo = await sign({ preferred_username: 'bo.berg@vinnter.se' });
    const cecilia = await sign({ preferred_username: 'cecilia@vinnter.se' });
    const post = (token: string): Promise<Response> =>
      fetch(`${vault.url}/s/${secret}`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect((await post(cecilia)).status).toBe(403);
    const ok = await post(bo);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('internt');
  });

  it('answers 503 (not 401) when the tenant keys cannot be fetched', async () => {
    const unreachable = new EntraVerifier({
      tenantId: TENANT,
      audience: AUDIENCE,
      issuer: ISSUER,
      jwksUrl: 'http://127.0.0.1:1/keys',
      dpoRole: 'dpo',
    });
    const down = await startTestVault({ verifier: unreachable });
    try {
      const res = await upload(down, await sign({}), Buffer.from('x'));
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ code: 'identity-unavailable' });
    } finally {
      await down.close();
    }
  });

  it('has no dev token endpoint outside --dev-auth', async () => {
    const res = await fetch(`${vault.url}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":"a@b.se"}',
    });
    expect(res.status).toBe(404);
  });
});
