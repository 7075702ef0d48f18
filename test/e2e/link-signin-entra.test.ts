/**
 * The recipient's work-account sign-in on a link's landing page in headless Chromium, end to end against a
 * REAL OpenID provider (oidc-provider on loopback, laid out like an Entra tenant): landing page → provider
 * login and consent → the vault's callback (code exchanged server-side with the client secret and PKCE,
 * id_token checked) → download. A tenant user who is not a recipient, a forged `state`, a replayed code and
 * id_tokens the tenant did not sign or that name another audience or issuer get no session. axe-core on
 * every landing page shown.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium';
import { builtConsole, seriousAxe, throughProvider } from './browser-steps';
import type { IdTokenForgery, TenantUser } from './entra-provider';
import { CONSOLE_APP, startEntraVault, type EntraVault } from './entra-vault';

jest.setTimeout(300_000);
const WAIT = { timeout: 30_000 };
const BYTES = Buffer.from('löneunderlag 2026\n'.repeat(50));

const user = (login: string, oid: string): TenantUser => ({ login, oid, name: login, roles: [] });
const ANNA = user('anna@vinnter.se', '11111111-aaaa-4aaa-8aaa-111111111111');
const BO = user('bo@vinnter.se', '22222222-bbbb-4bbb-8bbb-222222222222');
const EVA = user('eva@vinnter.se', '33333333-cccc-4ccc-8ccc-333333333333');

let vault: EntraVault;
let browser: Browser;
let secret: string;

beforeAll(async () => {
  vault = await startEntraVault([ANNA, BO, EVA], builtConsole());
  secret = await vault.share(ANNA, 'lon.txt', BYTES, 'bo@vinnter.se, kund@partner.se');
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  expect(vault?.provider.serverErrors).toEqual([]);
  await vault?.stop();
});

const landing = (): string => `${vault.publicUrl}/s/${secret}`;

async function fresh(locale = 'en-GB'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, ignoreHTTPSErrors: true, acceptDownloads: true });
  return { context, page: await context.newPage() };
}

/** Landing page → "Sign in with your work account" → the provider's pages as `who` → back at the vault. */
async function signIn(page: Page, who: TenantUser, button = 'Sign in with your work account'): Promise<void> {
  await page.goto(landing());
  await page.getByRole('link', { name: button }).click();
  await throughProvider(page, who, vault.publicUrl);
  await page.waitForLoadState();
}

const hasSession = async (context: BrowserContext): Promise<boolean> =>
  (await context.cookies()).some((cookie) => cookie.name === 'mg_link_session' && cookie.value !== '');

/** A flow started for the link in this context (flow cookie set), without going to the provider. */
async function startedFlow(context: BrowserContext): Promise<string> {
  const res = await context.request.get(`${landing()}/signin`, { maxRedirects: 0 });
  expect(res.status()).toBe(303);
  return new URL(res.headers()['location'] ?? '').searchParams.get('state') ?? '';
}

describe('link sign-in through a real OpenID provider', () => {
  it.each([
    ['en-GB', 'Sign in with your work account', 'You are signed in and can download the file.'],
    ['sv-SE', 'Logga in med ditt jobbkonto', 'Du är inloggad och kan hämta filen.'],
  ])('lets a listed recipient sign in and download (%s)', async (locale, button, signedIn) => {
    const { context, page } = await fresh(locale);
    await page.goto(landing());
    expect(await seriousAxe(page)).toEqual([]);
    await signIn(page, BO, button);
    expect(page.url()).toBe(landing());
    await page.getByText(signedIn).waitFor(WAIT);
    expect(await hasSession(context)).toBe(true);
    expect(await seriousAxe(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Download the file|Hämta filen/ }).click(),
    ]);
    expect(readFileSync((await download.path()) ?? '').equals(BYTES)).toBe(true);
    await context.close();
  });

  it('refuses a tenant user who is not a recipient, with a clear page and no session', async () => {
    const { context, page } = await fresh();
    await signIn(page, EVA);
    await page.getByText('The account you signed in with may not download this file.').waitFor(WAIT);
    expect(await hasSession(context)).toBe(false);
    expect(await seriousAxe(page)).toEqual([]);
    await context.close();
  });

  it('refuses a callback with a state this browser did not start, and a replayed code', async () => {
    const { context, page } = await fresh();
    let callback = '';
    page.on('request', (request) => {
      if (request.url().startsWith(`${vault.publicUrl}/s/callback`)) callback = request.url();
    });
    await signIn(page, BO);
    expect(await hasSession(context)).toBe(true);
    await context.clearCookies();
    const code = new URL(callback).searchParams.get('code') ?? '';
    const failed = 'The sign-in could not be completed.';

    // The same callback again: its state was used up.
    const replay = await page.goto(callback);
    expect(replay?.status()).toBe(400);
    await page.getByText(failed).waitFor(WAIT);
    expect(await hasSession(context)).toBe(false);

    // A fresh flow, but a state made up by someone else.
    await startedFlow(context);
    const forged = await page.goto(`${vault.publicUrl}/s/callback?code=${code}&state=made-up-state`);
    expect(forged?.status()).toBe(400);
    expect(await hasSession(context)).toBe(false);

    // A fresh flow with its genuine state, but the code already redeemed: the provider refuses it.
    const state = await startedFlow(context);
    const reused = await page.goto(`${vault.publicUrl}/s/callback?code=${code}&state=${state}`);
    expect(reused?.status()).toBe(400);
    await page.getByText(failed).waitFor(WAIT);
    expect(await hasSession(context)).toBe(false);
    expect(await seriousAxe(page)).toEqual([]);
    await context.close();
  });

  const forgeries: [string, IdTokenForgery][] = [
    ['signed by another key', (claims) => ({ claims, signer: 'stranger' })],
    ['for another audience', (claims) => ({ claims: { ...claims, aud: CONSOLE_APP }, signer: 'tenant' })],
    [
      'from another issuer',
      (claims) => ({
        claims: { ...claims, iss: 'https://login.microsoftonline.com/x/v2.0' },
        signer: 'tenant',
      }),
    ],
    [
      'from another tenant',
      (claims) => ({ claims: { ...claims, tid: '00000000-0000-4000-8000-000000000000' }, signer: 'tenant' }),
    ],
    ['for another nonce', (claims) => ({ claims: { ...claims, nonce: 'replayed' }, signer: 'tenant' })],
  ];

  it.each(forgeries)('gives no session for an id_token %s', async (_label, forge) => {
    const { context, page } = await fresh();
    const refusals = (): number => vault.logs().split('link sign-in refused by verification').length;
    const before = refusals();
    vault.provider.forgeNextIdToken = forge;
    await signIn(page, BO);
    expect(vault.provider.forgeNextIdToken).toBeNull(); // the token endpoint was reached and answered
    await page.getByText('The sign-in could not be completed.').waitFor(WAIT);
    expect(await hasSession(context)).toBe(false);
    expect(refusals()).toBe(before + 1); // refused by the id_token check, not on the way there
    await context.close();
  });
});
