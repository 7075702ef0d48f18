/**
 * Recipient risk end to end in headless Chromium: the compose simulator with the real task pane and the
 * real on-send bundle. The Recipients line's fixes change the simulator's fields; the Smart Alert names the risk.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium';
import { builtDist } from './built-dist';
import { serveDirectory, type StaticServer } from './serve-dist';

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

async function compose(to: string, body: string, cc = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(`${server.origin}/simulator.html?lang=en`);
  await page.getByLabel('To', { exact: true }).fill(to);
  if (cc !== '') await page.getByLabel('Cc', { exact: true }).fill(cc);
  await page.getByLabel('Subject', { exact: true }).fill('Uppföljning');
  await page.getByRole('textbox', { name: 'Message body' }).fill(body);
  return page;
}

const pane = (page: Page) => page.getByRole('complementary', { name: /Mail Guard/ });

describe('recipient risk in the compose simulator', () => {
  let page: Page;
  afterEach(async () => page?.close());

  it('replaces a lookalike address with the one meant, and Undo puts it back', async () => {
    page = await compose(
      '"Berg, Anna" <anna.berg@vinnter-se.com>',
      'Hi Anna,\n\nThe workshop moves to Thursday.',
    );
    const recipients = pane(page).getByRole('region', { name: 'Recipients' });
    await recipients.getByText('did you mean anna.berg@vinnter.se?').waitFor({ timeout: SCAN_TIMEOUT_MS });
    await recipients.getByRole('button', { name: 'Use this address' }).click();
    const to = page.getByLabel('To', { exact: true });
    await expectValue(to, 'Berg, Anna <anna.berg@vinnter.se>');
    await pane(page).getByRole('button', { name: 'Undo' }).click();
    await expectValue(to, 'Berg, Anna <anna.berg@vinnter-se.com>');
  });

  it('moves a visible list of customers to Bcc', async () => {
    page = await compose(
      'a@alfa.se; b@beta.se; c@gamma.se',
      'Hej alla,\n\nUnderhåll på lördag.',
      'd@delta.se; e@alfa.se',
    );
    await pane(page)
      .getByRole('button', { name: 'Move the recipients to Bcc' })
      .click({ timeout: SCAN_TIMEOUT_MS });
    await expectValue(
      page.getByLabel('Bcc', { exact: true }),
      'a@alfa.se; b@beta.se; c@gamma.se; d@delta.se; e@alfa.se',
    );
    await expectValue(page.getByLabel('To', { exact: true }), '');
  });

  it('the Smart Alert names a lookalike recipient in one sentence and offers Send anyway', async () => {
    page = await compose('per@vinter.se', 'Hej Per,\n\nSes på torsdag.');
    await page.getByRole('button', { name: 'Close Mail Guard' }).click();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const alert = page.getByRole('alertdialog', { name: 'Mail Guard' });
    await alert.waitFor({ timeout: SCAN_TIMEOUT_MS });
    expect(await alert.innerText()).toContain('looks like a known domain');
    await alert.getByRole('button', { name: 'Send Anyway' }).click();
    await page.getByText('Sent (simulated): the message would have left Outlook now.').waitFor();
  });
});

async function expectValue(input: ReturnType<Page['getByLabel']>, value: string): Promise<void> {
  const deadline = Date.now() + SCAN_TIMEOUT_MS;
  while ((await input.inputValue()) !== value && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
  expect(await input.inputValue()).toBe(value);
}
