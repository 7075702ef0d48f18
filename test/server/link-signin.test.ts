import Database from 'better-sqlite3';
import type { UploadResponse } from '../../src/contract';
import { FakeOidcProvider } from './support/fake-oidc';
import { startTestVault, upload, type TestVault } from './support/vault';

const TENANT = '11111111-2222-3333-4444-555555555555';
const CLIENT_ID = '99999999-8888-7777-6666-555555555555';
const CLIENT_SECRET = 'client-secret-value-for-tests';
const BYTES = Buffer.from('löneunderlag 2026\n');

/** `name=value` of each Set-Cookie header (attributes dropped), and the raw headers. */
function cookiesOf(res: Response): { jar: Record<string, string>; raw: string[] } {
  const raw = res.headers.getSetCookie();
  const jar: Record<string, string> = {};
  for (const line of raw) {
    const pair = line.split(';')[0] ?? '';
    jar[pair.slice(0, pair.indexOf('='))] = pair.slice(pair.indexOf('=') + 1);
  }
  return { jar, raw };
}

const header = (jar: Record<string, string>): string =>
  Object.keys(jar)
    .filter((name) => jar[name] !== '')
    .map((name) => `${name}=${jar[name] ?? ''}`)
    .join('; ');

interface SignInRun {
  readonly callback: Response;
  readonly callbackUrl: string;
  readonly flowCookie: string;
  readonly session: string;
  readonly setCookies: string[];
}

/** Browser steps in the vault's tenant: landing page button → provider → callback. */
describe('work-account sign-in on the landing page (OpenID Connect against a loopback provider)', () => {
  let provider: FakeOidcProvider;
  let vault: TestVault;

  beforeAll(async () => {
    provider = await FakeOidcProvider.start(TENANT, CLIENT_ID, CLIENT_SECRET);
    const signIn = { tenantId: TENANT, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET };
    vault = await startTestVault({ config: { signIn: { ...signIn, authority: provider.authority } } });
  });
  afterAll(async () => {
    await vault.close();
    await provider.close();
  });

  async function share(headers: Record<string, string> = {}): Promise<string> {
    const res = await upload(vault, await vault.token('anna@vinnter.se'), BYTES, {
      recipients: 'bo@vinnter.se, kund@partner.se',
      headers,
    });
    expect(res.status).toBe(201);
    return new URL(((await res.json()) as UploadResponse).links[0]?.url ?? '').pathname.slice(3);
  }

  async function startSignIn(
    secret: string,
    user: string,
  ): Promise<{ callbackUrl: string; flowCookie: string }> {
    provider.nextUser = user;
    const start = await fetch(`${vault.url}/s/${secret}/signin`, { redirect: 'manual' });
    expect(start.status).toBe(303);
    const authorize = new URL(start.headers.get('location') ?? '');
    expect(authorize.pathname).toBe(`/${TENANT}/oauth2/v2.0/authorize`);
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${vault.url}/s/callback`);
    const flowCookie = header(cookiesOf(start).jar);
    expect(flowCookie).not.toContain(secret);
    const atProvider = await fetch(authorize, { redirect: 'manual' });
    expect(atProvider.status).toBe(302);
    return { callbackUrl: atProvider.headers.get('location') ?? '', flowCookie };
  }

  async function signIn(secret: string, user: string): Promise<SignInRun> {
    const { callbackUrl, flowCookie } = await startSignIn(secret, user);
    const callback = await fetch(callbackUrl, { redirect: 'manual', headers: { cookie: flowCookie } });
    const { jar, raw } = cookiesOf(callback);
    return { callback, callbackUrl, flowCookie, session: header(jar), setCookies: raw };
  }

  const post = (secret: string, cookie: string): Promise<Response> =>
    fetch(`${vault.url}/s/${secret}`, { method: 'POST', headers: { cookie } });

  it('shows the sign-in button on the landing page', async () => {
    const secret = await share();
    const html = await (
      await fetch(`${vault.url}/s/${secret}`, { headers: { 'accept-language': 'sv' } })
    ).text();
    expect(html).toContain('Logga in med ditt jobbkonto');
    expect(html).toContain(`href="${secret}/signin"`);
  });

  it.each([
    ['a listed internal recipient', 'bo@vinnter.se'],
    ['a listed recipient whose provider spells the address in capitals', 'Bo@Vinnter.SE'],
    ['the owner', 'anna@vinnter.se'],
  ])('%s signs in and downloads the identical bytes', async (_label, user) => {
    const secret = await share();
    const run = await signIn(secret, user);
    expect(run.callback.status).toBe(303);
    expect(run.callback.headers.get('location')).toBe(`/s/${secret}`);
    const session = run.setCookies.find((line) => line.startsWith('mg_link_session=')) ?? '';
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).toMatch(/Path=\/s\//);
    expect(session).not.toContain(secret);
    const landing = await fetch(`${vault.url}/s/${secret}`, { headers: { cookie: run.session } });
    expect(await landing.text()).toContain('You are signed in');
    const res = await post(secret, run.session);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(BYTES)).toBe(true);
    const code = new URL(run.callbackUrl).searchParams.get('code') ?? '';
    for (const needle of [secret, code, CLIENT_SECRET, run.session.split('=')[1] ?? '']) {
      expect(vault.logs()).not.toContain(needle);
    }
  });

  it('refuses a person who is not listed with a 403 page and no proof cookie', async () => {
    const secret = await share();
    const run = await signIn(secret, 'eva@vinnter.se');
    expect(run.callback.status).toBe(403);
    expect(await run.callback.text()).toContain('may not download');
    expect(run.session).not.toContain('mg_link_session');
    expect((await post(secret, `${run.flowCookie}; ${run.session}`)).status).not.toBe(200);
  });

  it.each([
    [
      'a tampered state',
      (url: URL, cookie: string) => {
        url.searchParams.set('state', `x${url.searchParams.get('state') ?? ''}`.slice(0, 43));
        return [url.toString(), cookie];
      },
    ],
    ['no flow cookie', (url: URL) => [url.toString(), '']],
    [
      'a forged flow cookie',
      (url: URL, cookie: string) => [url.toString(), cookie.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))],
    ],
  ])('answers 400 to %s', async (_label, alter) => {
    const secret = await share();
    const { callbackUrl, flowCookie } = await startSignIn(secret, 'bo@vinnter.se');
    const [url, cookie] = alter(new URL(callbackUrl), flowCookie);
    const before = provider.tokenRequests;
    const res = await fetch(url ?? '', { redirect: 'manual', headers: { cookie: cookie ?? '' } });
    expect(res.status).toBe(400);
    expect(
      res.headers
        .getSetCookie()
        .some((line) => line.startsWith('mg_link_session=') && !line.startsWith('mg_link_session=;')),
    ).toBe(false);
    expect(provider.tokenRequests).toBe(before);
  });

  it.each([
    ['another nonce', { nonce: 'not-the-one-sent' }],
    ['another tenant', { tid: '99999999-2222-3333-4444-555555555555' }],
    ['no address', { preferred_username: 'bo' }],
  ])('refuses an id_token with %s (400, no proof cookie)', async (_label, claims) => {
    const secret = await share();
    provider.claimOverrides = claims;
    try {
      const run = await signIn(secret, 'bo@vinnter.se');
      expect(run.callback.status).toBe(400);
      expect(run.session).not.toContain('mg_link_session');
    } finally {
      provider.claimOverrides = {};
    }
  });

  /** Rows of the pending sign-ins table, read as another instance (or an operator) would. */
  function pendingRows(): Record<string, unknown>[] {
    const { metadata } = vault.config;
    if (metadata.kind !== 'sqlite') throw new Error('this suite runs on SQLite');
    const db = new Database(metadata.path, { readonly: true });
    try {
      return db.prepare('SELECT * FROM pending_sign_ins').all() as Record<string, unknown>[];
    } finally {
      db.close();
    }
  }

  it('keeps an unfinished sign-in in the database with its secrets sealed, and takes it once', async () => {
    const secret = await share();
    const before = pendingRows().length;
    const { callbackUrl, flowCookie } = await startSignIn(secret, 'bo@vinnter.se');
    const rows = pendingRows();
    expect(rows).toHaveLength(before + 1);
    const state = new URL(callbackUrl).searchParams.get('state') ?? '';
    const stored = JSON.stringify(rows);
    for (const needle of [secret, state]) expect(stored).not.toContain(needle);
    const done = await fetch(callbackUrl, { redirect: 'manual', headers: { cookie: flowCookie } });
    expect(done.status).toBe(303);
    expect(pendingRows()).toHaveLength(before);
  });

  it('refuses a callback after the sign-in expired and sweeps expired ones away', async () => {
    const secret = await share();
    const { callbackUrl, flowCookie } = await startSignIn(secret, 'bo@vinnter.se');
    await startSignIn(secret, 'bo@vinnter.se'); // left unfinished
    vault.clock.advanceDays(11 / 1440);
    const late = await fetch(callbackUrl, { redirect: 'manual', headers: { cookie: flowCookie } });
    expect(late.status).toBe(400);
    expect(pendingRows().length).toBeGreaterThan(0);
    await vault.app.vault.worker.runOnce();
    expect(pendingRows()).toEqual([]);
  });

  it('refuses a replayed callback (same code and state)', async () => {
    const secret = await share();
    const run = await signIn(secret, 'bo@vinnter.se');
    expect(run.callback.status).toBe(303);
    const before = provider.tokenRequests;
    const again = await fetch(run.callbackUrl, { redirect: 'manual', headers: { cookie: run.flowCookie } });
    expect(again.status).toBe(400);
    expect(provider.tokenRequests).toBe(before);
  });

  it('asks for a new sign-in once the proof cookie has expired', async () => {
    const secret = await share();
    const run = await signIn(secret, 'bo@vinnter.se');
    vault.clock.advanceDays(11 / 1440);
    expect((await post(secret, run.session)).status).toBe(400);
    const html = await (await fetch(`${vault.url}/s/${secret}`, { headers: { cookie: run.session } })).text();
    expect(html).toContain('Sign in with your work account');
  });

  it('does not let the proof for one link open another', async () => {
    const first = await share();
    const second = await share();
    const run = await signIn(first, 'bo@vinnter.se');
    expect((await post(second, run.session)).status).toBe(400);
    expect((await post(first, run.session)).status).toBe(200);
  });

  it('never counts a GET after sign-in as a download', async () => {
    const secret = await share({ 'x-download-limit': '1' });
    const run = await signIn(secret, 'bo@vinnter.se');
    for (let i = 0; i < 3; i += 1) {
      const res = await fetch(`${vault.url}/s/${secret}`, { headers: { cookie: run.session } });
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    }
    expect((await post(secret, run.session)).status).toBe(200);
    expect((await post(secret, run.session)).status).toBe(410);
  });
});
