/**
 * The DPO console's Microsoft sign-in in headless Chromium, end to end: the console's MSAL redirect to a
 * REAL OpenID provider (oidc-provider on loopback, laid out like an Entra tenant), its login and consent
 * pages, the code redeemed with PKCE from the browser, and the vault checking the access token's issuer,
 * audience, signature and `roles` claim. A DPO gets the console (Swedish and English); a user without the
 * role is told so and gets no session; tokens the tenant did not issue get nothing. axe-core on each page.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium';
import { builtConsole, seriousAxe, throughProvider } from './browser-steps';
import type { TenantUser } from './entra-provider';
import { CONSOLE_APP, startEntraVault, type EntraVault } from './entra-vault';

jest.setTimeout(300_000);
const WAIT = { timeout: 30_000 };

const DPO: TenantUser = {
  login: 'dora.dpo@vinnter.se',
  oid: '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9',
  name: 'Dora Dataskydd',
  roles: ['dpo'],
};
const STAFF: TenantUser = {
  login: 'sam.staff@vinnter.se',
  oid: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
  name: 'Sam Staff',
  roles: [],
};

let vault: EntraVault;
let browser: Browser;

beforeAll(async () => {
  vault = await startEntraVault([DPO, STAFF], builtConsole());
  await vault.share(STAFF, 'kundlista.txt', Buffer.from('kund;belopp\n'), 'kund@partner.se');
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  expect(vault?.provider.serverErrors).toEqual([]);
  await vault?.stop();
});

async function signIn(user: TenantUser, locale: string): Promise<Page> {
  const context = await browser.newContext({ locale, ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.goto(`${vault.publicUrl}/console/`);
  const button = locale.startsWith('sv') ? 'Logga in med Microsoft' : 'Sign in with Microsoft';
  const authorize = page.waitForRequest(isAuthorize);
  await page.getByRole('button', { name: button }).click();
  // A first sign-in lets the tenant's session answer: no account picker asked for.
  expect(new URL((await authorize).url()).searchParams.get('prompt')).toBeNull();
  await throughProvider(page, user, `${vault.publicUrl}/console/`);
  return page;
}

/** The provider's authorization endpoint (Entra's path layout). */
const isAuthorize = (request: { url(): string }): boolean =>
  new URL(request.url()).pathname.endsWith('/oauth2/v2.0/authorize');

describe('the DPO console signs in through a real OpenID provider', () => {
  it.each([
    ['en-GB', 'Signed in as dora.dpo@vinnter.se', 'Stored files'],
    ['sv-SE', 'Inloggad som dora.dpo@vinnter.se', 'Lagrade filer'],
  ])('lets a DPO in (%s) and shows the console', async (locale, signedIn, tab) => {
    const page = await signIn(DPO, locale);
    await page.getByText(signedIn).waitFor(WAIT);
    await page.getByRole('tab', { name: tab }).click();
    const files = page.getByRole('table', { name: tab });
    await files.getByRole('row').filter({ hasText: 'kundlista.txt' }).waitFor(WAIT);
    expect(await seriousAxe(page)).toEqual([]);
    await page.context().close();
  });

  it('refuses a user without the DPO role with a clear message and keeps no session', async () => {
    const page = await signIn(STAFF, 'en-GB');
    await page
      .getByText(
        /sam\.staff@vinnter\.se signed in, but this account does not have the data protection officer role/,
      )
      .waitFor(WAIT);
    expect(await page.getByRole('tab').count()).toBe(0);
    expect(await page.getByText('Signed in as').count()).toBe(0);
    const kept = await page.evaluate(() =>
      Object.keys(sessionStorage).filter((key) => key.includes('accesstoken')),
    );
    expect(kept).toEqual([]);
    expect(await seriousAxe(page)).toEqual([]);
    // Trying again asks for the account picker, so another account can be chosen while the tenant session
    // is alive. The request is stopped there: what matters is what the console asks for.
    await page.route(
      (url) => url.pathname.endsWith('/oauth2/v2.0/authorize'),
      (route) => route.abort(),
    );
    const retry = page.waitForRequest(isAuthorize);
    await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
    expect(new URL((await retry).url()).searchParams.get('prompt')).toBe('select_account');
    await page.context().close();
  });

  it('answers the role, and nothing else, to tokens the tenant issued', async () => {
    const me = async (token: string): Promise<number> =>
      (await fetch(`${vault.directUrl}/api/console/me`, { headers: { authorization: `Bearer ${token}` } }))
        .status;
    const stored = async (token: string): Promise<number> =>
      (await fetch(`${vault.directUrl}/api/stored-files`, { headers: { authorization: `Bearer ${token}` } }))
        .status;
    const { provider } = vault;
    expect(await stored(await provider.accessToken(DPO))).toBe(200);
    expect(await stored(await provider.accessToken(STAFF))).toBe(403);
    const forged: [string, string][] = [
      ['another signing key', await provider.accessToken(DPO, { signer: 'stranger' })],
      ['another audience', await provider.accessToken(DPO, { aud: CONSOLE_APP })],
      [
        'another issuer',
        await provider.accessToken(DPO, { iss: 'https://login.microsoftonline.com/x/v2.0' }),
      ],
    ];
    for (const [label, token] of forged) {
      expect([label, await me(token)]).toEqual([label, 401]);
      expect([label, await stored(token)]).toEqual([label, 401]);
    }
  });
});
