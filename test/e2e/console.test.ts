/**
 * The DPO console in headless Chromium, served by a real vault on loopback from the webpack build: sign-in
 * (--dev-auth), decision counts, the noisiest rules and CSV export, stored files with legal hold and
 * erasure, a data-subject search, export and erasure, the audit chain; axe-core in English and Swedish at
 * 1024 and 375 px. `MAILGUARD_SCREENSHOTS=1` saves docs/screenshots/console-*.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium';
import type { DecisionInput, SubjectExport } from '../../src/contract';
import { startTestVault, upload, type TestVault } from '../server/support/vault';
import { builtConsole, CONSOLE_DIR, seriousAxe } from './browser-steps';
import { ROOT } from './built-dist';

jest.setTimeout(300_000);
const SCREENSHOTS = process.env.MAILGUARD_SCREENSHOTS === '1' ? join(ROOT, 'docs/screenshots') : undefined;
const WAIT = { timeout: 30_000 };

let vault: TestVault;
let browser: Browser;

async function decide(token: string, fields: Partial<DecisionInput>, n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    const body: DecisionInput = {
      id: `e2e-${fields.type ?? 'x'}-${fields.decision ?? 'x'}-${i}`.padEnd(16, '0'),
      decidedAt: new Date().toISOString(),
      category: 'health',
      type: 'health-term',
      clause: 'P2',
      decision: 'dismiss',
      reason: 'not-personal-data',
      draftFingerprint: 'c'.repeat(64),
      ...fields,
    };
    const res = await fetch(`${vault.url}/api/decisions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(201);
  }
}

beforeAll(async () => {
  builtConsole();
  vault = await startTestVault({ config: { consoleDir: CONSOLE_DIR } });
  const anna = await vault.token('anna@vinnter.se');
  await upload(vault, anna, Buffer.from('kundlista'), {
    name: 'kundlista.txt',
    recipients: 'kund@partner.se',
  });
  await upload(vault, anna, Buffer.from('avtal'), { name: 'avtal.txt', recipients: 'jurist@byra.se' });
  await decide(anna, {}, 2);
  await decide(
    anna,
    { category: 'contact', type: 'phone-number', decision: 'override', reason: 'recipient-entitled' },
    1,
  );
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await vault?.close();
});

async function signedIn(locale: string, bypassCSP = false, width = 1024): Promise<Page> {
  const context = await browser.newContext({
    locale,
    bypassCSP,
    acceptDownloads: true,
    viewport: { width, height: 860 },
  });
  const page = await context.newPage();
  await page.goto(`${vault.url}/console`);
  const label = locale.startsWith('sv') ? 'Din e-postadress på jobbet' : 'Your work e-mail address';
  await page.getByLabel(label).fill('dpo@vinnter.se');
  await page.getByRole('button', { name: locale.startsWith('sv') ? 'Logga in' : 'Sign in' }).click();
  return page;
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `console-${name}.png`), fullPage: true });
}

describe('the DPO console in Chromium', () => {
  it('is served under a CSP without inline scripts', async () => {
    const res = await fetch(`${vault.url}/console/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(await res.text()).not.toMatch(/<script>[^<]/);
  });

  it('shows decision counts and exports them as CSV', async () => {
    const page = await signedIn('en-GB');
    await page.getByRole('button', { name: 'Show' }).click();
    const table = page.getByRole('table', { name: 'How the policy works' });
    await table.waitFor(WAIT);
    const health = table.getByRole('row').filter({ hasText: 'health-term' });
    expect(await health.getByRole('cell').last().textContent()).toBe('2');
    expect(await page.getByText('Decisions in the period: 3').isVisible()).toBe(true);
    const noisiest = page.getByRole('table', { name: '"Not personal data" reports by finding type' });
    expect(await noisiest.getByRole('row').filter({ hasText: 'health-term' }).textContent()).toBe(
      'health-term2',
    );
    expect(await noisiest.getByRole('row').filter({ hasText: 'phone-number' }).count()).toBe(0);
    await screenshot(page, 'decisions');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv).toContain('period,category,type,clause,decision,reason,count');
    expect(csv).toMatch(/,contact,phone-number,P2,override,recipient-entitled,1/);
    await page.context().close();
  });

  it('lists stored files with totals, places and lifts a legal hold, and erases a file', async () => {
    const page = await signedIn('en-GB');
    await page.getByRole('tab', { name: 'Stored files' }).click();
    const table = page.getByRole('table', { name: 'Stored files' });
    await table.waitFor(WAIT);
    await page.getByText(/^2 files, .* in total; 0 under legal hold\.$/).waitFor(WAIT);
    const avtal = table.getByRole('row').filter({ hasText: 'avtal.txt' });
    await avtal.getByRole('button', { name: 'Place hold: avtal.txt' }).click();
    await page.getByText('avtal.txt is under legal hold.').waitFor(WAIT);
    expect(await avtal.getByRole('button', { name: 'Erase: avtal.txt' }).isDisabled()).toBe(true);
    await page.getByText(/; 1 under legal hold\.$/).waitFor(WAIT);
    await screenshot(page, 'files');
    await avtal.getByRole('button', { name: 'Lift hold: avtal.txt' }).click();
    await page.getByText('The legal hold on avtal.txt is lifted.').waitFor(WAIT);
    await avtal.getByRole('button', { name: 'Erase: avtal.txt' }).click();
    await page.getByRole('group', { name: 'Erase' }).getByRole('button', { name: 'Erase' }).click();
    await page.getByText('avtal.txt was erased.').waitFor(WAIT);
    expect(await table.getByRole('row').filter({ hasText: 'avtal.txt' }).count()).toBe(0);
    await page.context().close();
  });

  it('finds what is stored about a person and erases it after a confirmation', async () => {
    const page = await signedIn('en-GB');
    await page.getByRole('tab', { name: 'Data-subject requests' }).click();
    await page.getByLabel('E-mail address, name or personnummer').fill('kund@partner.se');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('1 files found').waitFor(WAIT);
    expect(await page.getByRole('cell', { name: 'kundlista.txt' }).isVisible()).toBe(true);
    await screenshot(page, 'subjects');
    const [exported] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export (JSON)' }).click(),
    ]);
    const json = JSON.parse(readFileSync((await exported.path()) ?? '', 'utf8')) as SubjectExport;
    expect(json.files.map((f) => f.fileName)).toEqual(['kundlista.txt']);
    await page.getByRole('button', { name: 'Erase everything found' }).click();
    await page
      .getByRole('group', { name: 'Erase everything found' })
      .getByRole('button', { name: 'Erase' })
      .click();
    await page.getByText('1 files erased, 0 kept under legal hold.').waitFor(WAIT);
    await page.context().close();
  });

  it('verifies the audit chain and says when', async () => {
    const page = await signedIn('en-GB');
    await page.getByRole('tab', { name: 'Audit chain' }).click();
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await page.getByText(/The chain is intact: \d+ entries\. Checked \d+ \w+ 20\d\d/).waitFor(WAIT);
    await screenshot(page, 'audit');
    await page.context().close();
  });

  it.each([
    ['en-GB', 1024],
    ['sv-SE', 1024],
    ['sv-SE', 375],
  ])('has no serious axe-core findings (%s, %i px)', async (locale, width) => {
    const page = await signedIn(locale, true, width);
    await page
      .getByRole('tab', { name: locale === 'sv-SE' ? 'Så fungerar policyn' : 'How the policy works' })
      .waitFor(WAIT);
    expect(await page.locator('html').getAttribute('lang')).toBe(locale.slice(0, 2));
    await page.getByRole('button', { name: locale === 'sv-SE' ? 'Visa' : 'Show' }).click();
    await page.getByRole('table').first().waitFor(WAIT);
    expect(await seriousAxe(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    if (width < 600) await screenshot(page, 'mobile');
    await page.getByRole('tab', { name: locale === 'sv-SE' ? 'Lagrade filer' : 'Stored files' }).click();
    // Earlier tests erased every file: the totals line is there either way, the table only with files.
    await page.getByText(/ (files|filer), .* (in total|totalt);/).waitFor(WAIT);
    expect(await seriousAxe(page)).toEqual([]);
    await page.context().close();
  });
});
