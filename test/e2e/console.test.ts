/**
 * The DPO console (first cut) in headless Chromium, served by a real vault on loopback from the webpack
 * build: sign-in (--dev-auth), decision counts and CSV export, a data-subject search and erasure, the audit
 * chain; axe-core in English and Swedish. `MAILGUARD_SCREENSHOTS=1` saves docs/screenshots/console-*.png.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium';
import type { DecisionInput } from '../../src/contract';
import { startTestVault, upload, type TestVault } from '../server/support/vault';
import { ROOT } from './built-dist';

jest.setTimeout(300_000);
const CONSOLE_DIR = join(ROOT, 'dist/console');
const SCREENSHOTS = process.env.MAILGUARD_SCREENSHOTS === '1' ? join(ROOT, 'docs/screenshots') : undefined;
const WAIT = { timeout: 30_000 };

/** The console's webpack build, made once when it is missing (running this file alone). */
function builtConsole(): void {
  if (existsSync(join(CONSOLE_DIR, 'index.html'))) return;
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production', '--config-name', 'console'],
    { cwd: ROOT, stdio: 'inherit' },
  );
}

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

async function signedIn(locale: string, bypassCSP = false): Promise<Page> {
  const context = await browser.newContext({
    locale,
    bypassCSP,
    acceptDownloads: true,
    viewport: { width: 1280, height: 860 },
  });
  const page = await context.newPage();
  await page.goto(`${vault.url}/console`);
  const label = locale.startsWith('sv') ? 'Din e-postadress på jobbet' : 'Your work e-mail address';
  await page.getByLabel(label).fill('dpo@vinnter.se');
  await page.getByRole('button', { name: locale.startsWith('sv') ? 'Logga in' : 'Sign in' }).click();
  return page;
}

type Violation = { id: string; impact: string | null; targets: string };
async function seriousAxe(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(c: unknown): Promise<{
            violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[];
          }>;
        };
      }
    ).axe;
    // Fluent's focus manager (tabster) adds aria-hidden <i tabindex=0> sentinels that hand focus on at once;
    // they are not content. Everything else on the page is checked.
    const dummies = document.querySelectorAll('i[data-tabster-dummy]').length;
    const context = dummies > 0 ? { exclude: [['i[data-tabster-dummy]']] } : document;
    return (await axe.run(context)).violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: JSON.stringify(v.nodes.map((n) => n.target)),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
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
    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'console-decisions.png') });
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv).toContain('period,category,type,clause,decision,reason,count');
    expect(csv).toMatch(/,contact,phone-number,P2,override,recipient-entitled,1/);
    await page.context().close();
  });

  it('finds what is stored about a person and erases it after a confirmation', async () => {
    const page = await signedIn('en-GB');
    await page.getByRole('tab', { name: 'Data-subject requests' }).click();
    await page.getByLabel('E-mail address or name').fill('kund@partner.se');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('1 files found').waitFor(WAIT);
    expect(await page.getByRole('cell', { name: 'kundlista.txt' }).isVisible()).toBe(true);
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
    await page.getByText(/The chain is intact: \d+ entries\. Checked /).waitFor(WAIT);
    await page.context().close();
  });

  it.each(['en-GB', 'sv-SE'])('has no serious axe-core findings (%s)', async (locale) => {
    const page = await signedIn(locale, true);
    await page
      .getByRole('tab', { name: locale === 'sv-SE' ? 'Så fungerar policyn' : 'How the policy works' })
      .waitFor(WAIT);
    expect(await page.locator('html').getAttribute('lang')).toBe(locale.slice(0, 2));
    await page.getByRole('button', { name: locale === 'sv-SE' ? 'Visa' : 'Show' }).click();
    await page.getByRole('table').waitFor(WAIT);
    expect(await seriousAxe(page)).toEqual([]);
    await page.context().close();
  });
});
