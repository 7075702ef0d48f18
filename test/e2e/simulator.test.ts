/**
 * End to end in headless Chromium: the compose simulator with the real task pane and the real on-send bundle,
 * served from the webpack output. `MAILGUARD_SCREENSHOTS=1` also saves the pane's states to docs/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium';
import { ROOT, builtDist } from './built-dist';
import { serveDirectory, type StaticServer } from './serve-dist';
import { contactListCsv, staffListCsv } from './staff-list';

const SCREENSHOTS = process.env.MAILGUARD_SCREENSHOTS === '1' ? join(ROOT, 'docs/screenshots') : undefined;
/** Polling, debounce and a scan in the worker: generous, since two cores are shared by the whole suite. */
const SCAN_TIMEOUT_MS = 20_000;
jest.setTimeout(60_000);

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDirectory(builtDist());
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openSimulator(language: 'en' | 'sv' = 'en'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(`${server.origin}/simulator.html?lang=${language}`);
  return page;
}

const pane = (page: Page) => page.getByRole('complementary', { name: /Mail Guard/ });
const verdict = (page: Page, title: string) =>
  pane(page).getByRole('status').getByText(title).waitFor({ timeout: SCAN_TIMEOUT_MS });

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.waitForTimeout(500); // let dialogs finish their entrance animation
  await page.screenshot({ path: join(SCREENSHOTS, name) });
}

async function typeBody(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Message body' }).fill(text);
}

describe('compose simulator with the real task pane', () => {
  let page: Page;
  afterEach(async () => page?.close());

  it('says "nothing to worry about" for a clean draft', async () => {
    page = await openSimulator();
    await page.getByLabel('Subject', { exact: true }).fill('Lunch on Friday?');
    await typeBody(page, 'Shall we meet at noon by the usual place?');
    await verdict(page, 'Nothing to worry about');
    await screenshot(page, 'taskpane-clean.png');
  });

  it('finds a personnummer typed into the body and explains why', async () => {
    page = await openSimulator();
    await verdict(page, 'Nothing to worry about');
    await typeBody(page, 'Hej! Personnummer för Anna är 850709-9805, hon börjar på måndag.');
    await verdict(page, 'Sensitive data — must fix');
    await pane(page).getByText('850709-****').waitFor();
    await pane(page).getByText('The Luhn check passes.').waitFor();
    await pane(page).getByText('Nearby word “personnummer” makes it more likely.').waitFor();
    expect(await pane(page).getByText('850709-9805').count()).toBe(0);
    await screenshot(page, 'taskpane-sensitive.png');
  });

  it('reports findings in an attached staff list (xlsx)', async () => {
    page = await openSimulator();
    await verdict(page, 'Nothing to worry about');
    await page
      .getByLabel('Attach file')
      .setInputFiles(join(ROOT, 'test/fixtures/attachments/staff-list.personnummer.xlsx'));
    await verdict(page, 'Sensitive data — must fix');
    await pane(page).getByText('Attachment staff-list.personnummer.xlsx').first().waitFor();
  });

  it('counts bulk data in an attachment', async () => {
    page = await openSimulator();
    await page.getByLabel('To', { exact: true }).fill('lonekontoret@example.com');
    await page.getByLabel('Subject', { exact: true }).fill('Personallista');
    await typeBody(page, 'Här kommer listan.');
    await page.getByLabel('Attach file').setInputFiles({
      name: 'Personallista.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(staffListCsv(38)),
    });
    await pane(page).getByText('38 personnummer in Personallista.csv').waitFor({ timeout: SCAN_TIMEOUT_MS });
    await screenshot(page, 'taskpane-bulk.png');
  });

  it('switches the display language to Swedish', async () => {
    page = await openSimulator('en');
    await verdict(page, 'Nothing to worry about');
    await page.getByRole('radio', { name: 'Svenska' }).check();
    await verdict(page, 'Inget att oroa sig för');
    await pane(page).getByRole('button', { name: 'Läs e-postpolicyn' }).click();
    await page
      .getByRole('dialog', { name: 'Vinnter AB — E-postpolicy' })
      .getByText('Så ska vi arbeta')
      .waitFor();
    await screenshot(page, 'taskpane-policy-sv.png');
  });

  it('has no serious accessibility violations (axe-core)', async () => {
    page = await openSimulator();
    await typeBody(page, 'Personnummer 850709-9805, tel 070-123 45 67.');
    await verdict(page, 'Sensitive data — must fix');
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
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
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});

describe('compose simulator send with the real on-send bundle', () => {
  let page: Page;
  afterEach(async () => page?.close());

  it('stops a draft with a personnummer with a Smart Alert that opens the pane', async () => {
    page = await openSimulator();
    await page.getByRole('button', { name: 'Close Mail Guard' }).click();
    await page.getByLabel('To', { exact: true }).fill('kund@example.com');
    await typeBody(page, 'Personnummer 850709-9805');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const alert = page.getByRole('alertdialog', { name: 'Mail Guard' });
    await alert.waitFor({ timeout: SCAN_TIMEOUT_MS });
    await screenshot(page, 'smart-alert.png');
    await alert.getByRole('button', { name: 'Review and fix' }).click();
    await pane(page)
      .getByText('Your message was not sent. Fix the findings below, then send again.')
      .waitFor();
    await verdict(page, 'Sensitive data — must fix');
  });

  it('offers "Send anyway" for a list of customers\' contact details, and sends', async () => {
    page = await openSimulator();
    await page.getByLabel('To', { exact: true }).fill('partner@example.org');
    await page.getByLabel('Subject', { exact: true }).fill('Kundlista');
    await typeBody(page, 'Hej, här är kontaktlistan till mässan.');
    await page
      .getByLabel('Attach file')
      .setInputFiles({ name: 'Kunder.csv', mimeType: 'text/csv', buffer: Buffer.from(contactListCsv(12)) });
    await verdict(page, 'Personal data — consider');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const alert = page.getByRole('alertdialog', { name: 'Mail Guard' });
    await alert.getByRole('button', { name: 'Send anyway' }).click({ timeout: SCAN_TIMEOUT_MS });
    await page.getByText('Sent (simulated): the message would have left Outlook now.').waitFor();
  });

  it('sends a clean draft', async () => {
    page = await openSimulator();
    await page.getByLabel('To', { exact: true }).fill('kollega@vinnter.se');
    await page.getByLabel('Subject', { exact: true }).fill('Möte');
    await typeBody(page, 'Ses vi klockan tio?');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page
      .getByText('Sent (simulated): the message would have left Outlook now.')
      .waitFor({ timeout: SCAN_TIMEOUT_MS });
  });
});

describe('task pane page outside Outlook', () => {
  it('asks to be opened from Outlook when office.js is not there', async () => {
    const page = await browser.newPage();
    // No network in tests: answer the CDN request with an error, as a blocked CDN would.
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByText(/Mail Guard runs inside Outlook/).waitFor();
    await page.close();
  });
});
