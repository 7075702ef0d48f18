/**
 * The recipient's landing page in headless Chromium against a real vault on loopback: the form works under
 * the page's strict CSP (styles applied, download starts), no serious axe-core findings in Swedish or
 * English, readable at 360 px. `MAILGUARD_SCREENSHOTS=1` saves docs/screenshots/landing-*.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium';
import type { UploadResponse } from '../../src/contract';
import { AuthError, type TokenVerifier } from '../../src/server/auth/principal';
import { tempDir } from '../server/support/adapters';
import { startTestVault, upload, type TestVault } from '../server/support/vault';
import { ROOT } from './built-dist';

jest.setTimeout(120_000);
const SCREENSHOTS = process.env.MAILGUARD_SCREENSHOTS === '1' ? join(ROOT, 'docs/screenshots') : undefined;
const MOBILE = { width: 360, height: 780 };
const DESKTOP = { width: 1280, height: 860 };

/** The sender has a display name, as an Entra token would give. */
const sender: TokenVerifier = {
  async verify(token) {
    if (token !== 'anna') throw new AuthError('unknown test token');
    return { email: 'anna.andersson@vinnter.se', name: 'Anna Andersson', isDpo: false };
  },
};

/** A made-up company mark: a blue tile with a white V (a path, so no font is needed). */
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" rx="8" fill="#0b5cad"/>' +
  '<path d="M10 11h5l5 13 5-13h5l-8 19h-4z" fill="#fff"/></svg>';

let vault: TestVault;
let browser: Browser;
let secret: string;
const CONTENT = Buffer.from('Namn;Belopp\nBo;1200\n'.repeat(4000));

beforeAll(async () => {
  const dir = await tempDir('mg-landing-');
  const logoFile = join(dir, 'logo.svg');
  await writeFile(logoFile, LOGO);
  vault = await startTestVault({
    verifier: sender,
    config: { brand: { name: 'Vinnter AB', logoFile } },
  });
  const res = await upload(vault, 'anna', CONTENT, {
    name: 'Offert 2026 Kund AB.csv',
    type: 'text/csv',
    recipients: 'bo@kund.se',
  });
  const body = (await res.json()) as UploadResponse;
  secret = new URL(body.links[0]?.url ?? '').pathname.slice(3);
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await vault?.close();
});

async function open(lang: string, viewport = DESKTOP, bypassCSP = false): Promise<Page> {
  const context: BrowserContext = await browser.newContext({
    viewport,
    locale: lang,
    extraHTTPHeaders: { 'accept-language': lang },
    acceptDownloads: true,
    bypassCSP,
  });
  const page = await context.newPage();
  await page.goto(`${vault.url}/s/${secret}`);
  return page;
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
}

type Violation = { id: string; impact: string | null; nodes: number };
/** axe-core in the page. The test's own script needs the CSP bypassed; the vault's page has none. */
async function axeViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: unknown,
          ): Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
}

describe('the landing page in Chromium', () => {
  it.each(['sv-SE', 'en-GB'])('has no serious or critical axe-core findings (%s)', async (lang) => {
    const page = await open(lang, DESKTOP, true);
    const violations = await axeViolations(page);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.context().close();
  });

  it('applies its styles under the strict CSP and fits a 360 px screen (Swedish)', async () => {
    const page = await open('sv-SE', MOBILE);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.reload();
    await page.getByRole('heading', { name: 'Anna Andersson har delat en fil med dig' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    // The style block ran: the page background is the styled grey, not the browser's white.
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(243, 245, 248)');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(MOBILE.width);
    expect(await page.getByRole('img', { name: 'Vinnter ABs logotyp' }).isVisible()).toBe(true);
    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    await screenshot(page, 'landing-sv-360.png');
    await page.context().close();
  });

  it('refuses an address that is not listed, then downloads for the listed one (English, desktop)', async () => {
    const page = await open('en-GB', DESKTOP);
    await page.getByText('What happens next').waitFor();
    await screenshot(page, 'landing-en-desktop.png');
    await page.getByLabel('Your e-mail address').fill('mallory@evil.example');
    await page.getByRole('button', { name: 'Download the file' }).click();
    await page.getByRole('alert').filter({ hasText: 'This address may not download the file.' }).waitFor();
    await page.getByLabel('Your e-mail address').fill('bo@kund.se');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Offert 2026 Kund AB.csv');
    expect(readFileSync((await download.path()) ?? '').equals(CONTENT)).toBe(true);
    await page.context().close();
  });
});
