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

/** The pane alone (320 px, as Outlook's narrowest pane) or the whole page for dialogs. */
async function screenshot(page: Page, name: string, whole = false): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.waitForTimeout(500); // let dialogs finish their entrance animation
  if (whole) await page.screenshot({ path: join(SCREENSHOTS, name) });
  else await pane(page).screenshot({ path: join(SCREENSHOTS, name) });
}

async function typeBody(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: /Message body|Meddelandetext/ }).fill(text);
}

/** React and the page must not complain: collected for every page and checked after each test. */
const complaints: string[] = [];
function watchConsole(page: Page): Page {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') complaints.push(message.text());
  });
  page.on('pageerror', (error) => complaints.push(error.message));
  return page;
}

async function axeViolations(page: Page): Promise<{ id: string; impact: string | null; nodes: number }[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: unknown,
            options?: unknown,
          ): Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    // In Outlook the pane is its own document; only the simulator nests the pane's <main> in its <aside>.
    const result = await axe.run({ include: [document], exclude: [] }, {
      rules: { 'landmark-main-is-top-level': { enabled: false } },
    } as never);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
}

describe('compose simulator with the real task pane', () => {
  let page: Page;
  afterEach(async () => {
    await page?.close();
    expect(complaints.filter((text) => /Warning|Error/.test(text))).toEqual([]);
    complaints.length = 0;
  });

  it('is quiet for a clean draft that greets a colleague', async () => {
    page = watchConsole(await openSimulator());
    await page.getByLabel('Subject', { exact: true }).fill('Lunch on Friday?');
    await typeBody(page, 'Hi Anna, shall we meet at noon by the usual place? /Eva');
    await verdict(page, 'Nothing to worry about');
    expect(
      await pane(page)
        .getByRole('button', { name: /Move|Not personal data|Mask/ })
        .count(),
    ).toBe(0);
    await screenshot(page, 'taskpane-clean.png');
  });

  it('shows a personnummer in the body as one line with its fix; the explanation is behind Details', async () => {
    page = watchConsole(await openSimulator());
    await verdict(page, 'Nothing to worry about');
    await typeBody(page, 'Hej!\nPersonnummer för Anna är 850709-9805, hon börjar på måndag.');
    await verdict(page, 'Sensitive data — must fix');
    await pane(page).getByText('1 personnummer').waitFor();
    await pane(page)
      .getByText(/in the body, line 2/)
      .waitFor();
    await pane(page).getByRole('button', { name: 'Mask 1 personnummer in the message' }).waitFor();
    expect(await pane(page).getByText('The Luhn check passes.').count()).toBe(0);
    await screenshot(page, 'taskpane-sensitive.png');
    await pane(page).getByRole('button', { name: 'Details: 1 personnummer' }).click();
    await pane(page).getByText('850709-****').waitFor();
    await pane(page).getByText('The Luhn check passes.').waitFor();
    await pane(page).getByText('Nearby word “personnummer” makes it more likely.').waitFor();
    expect(await pane(page).getByText('850709-9805').count()).toBe(0);
  });

  it('masks the number in the draft, and Undo puts it back', async () => {
    page = watchConsole(await openSimulator());
    await verdict(page, 'Nothing to worry about');
    await typeBody(page, 'Personnummer 850709-9805.');
    await verdict(page, 'Sensitive data — must fix');
    await pane(page).getByRole('button', { name: 'Mask 1 personnummer in the message' }).click();
    await pane(page).getByText('1 value masked in the message.').waitFor();
    const body = page.getByRole('textbox', { name: 'Message body' });
    expect(await body.innerText()).toContain('850709-****');
    await verdict(page, 'Nothing to worry about');
    await pane(page).getByRole('button', { name: 'Undo' }).click();
    await pane(page).getByText('The message is as it was.').waitFor();
    expect(await body.innerText()).toContain('850709-9805');
  });

  it('makes a staff list in an attachment one line with a count and the move on it', async () => {
    page = watchConsole(await openSimulator());
    await page.getByLabel('To', { exact: true }).fill('lonekontoret@example.com');
    await page.getByLabel('Subject', { exact: true }).fill('Personallista');
    await typeBody(page, 'Här kommer listan.');
    await page.getByLabel('Attach file').setInputFiles({
      name: 'Personallista.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(staffListCsv(38)),
    });
    await pane(page).getByText('38 personnummer').waitFor({ timeout: SCAN_TIMEOUT_MS });
    await pane(page)
      .getByText(/in Personallista\.csv/)
      .waitFor();
    await pane(page).getByRole('button', { name: 'Move to the secure server' }).waitFor();
    expect(await pane(page).getByRole('listitem').count()).toBeLessThan(5);
    await screenshot(page, 'taskpane-bulk.png');
  });

  it('asks for a reason before sensitive data is waved away (Swedish)', async () => {
    page = watchConsole(await openSimulator('sv'));
    await verdict(page, 'Inget att oroa sig för');
    await typeBody(page, 'Hej! Testpersonen har personnummer 850709-9805.');
    await verdict(page, 'Känsliga uppgifter — måste åtgärdas');
    await pane(page).getByRole('button', { name: 'Markera 1 personnummer som inte personuppgifter' }).click();
    await pane(page).getByRole('heading', { name: 'Inte personuppgifter?' }).waitFor();
    await pane(page).getByRole('button', { name: 'Bekräfta' }).click();
    await pane(page).getByText('Välj ett skäl eller skriv ett.').waitFor();
    await screenshot(page, 'taskpane-reason-sv.png');
    await pane(page).getByRole('radio', { name: 'Annat skäl' }).click();
    await pane(page)
      .getByRole('textbox', { name: /Ditt skäl/ })
      .fill('Testdata ur manualen');
    await pane(page).getByRole('button', { name: 'Bekräfta' }).click();
    await verdict(page, 'Inget att oroa sig för');
  });

  it('switches the display language to Swedish', async () => {
    page = watchConsole(await openSimulator('en'));
    await verdict(page, 'Nothing to worry about');
    await page.getByRole('radio', { name: 'Svenska' }).check();
    await verdict(page, 'Inget att oroa sig för');
    await pane(page).getByRole('button', { name: 'Läs e-postpolicyn' }).click();
    await page
      .getByRole('dialog', { name: 'Vinnter AB — E-postpolicy' })
      .getByText('Så ska vi arbeta')
      .waitFor();
    await screenshot(page, 'taskpane-policy-sv.png', true);
  });

  it('has no accessibility violations at all (axe-core), with a line open', async () => {
    page = watchConsole(await openSimulator());
    await typeBody(page, 'Personnummer 850709-9805, tel 070-123 45 67.');
    await verdict(page, 'Sensitive data — must fix');
    await pane(page).getByRole('button', { name: 'Details: 1 personnummer' }).click();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('compose simulator send with the real on-send bundle', () => {
  let page: Page;
  afterEach(async () => page?.close());

  it('stops a draft with a personnummer: Esc and Don’t Send do not send; Review and fix opens the pane on the line to fix', async () => {
    page = await openSimulator();
    await page.getByRole('button', { name: 'Close Mail Guard' }).click();
    await page.getByLabel('To', { exact: true }).fill('kund@example.com');
    await typeBody(page, 'Personnummer 850709-9805');
    const send = page.getByRole('button', { name: 'Send', exact: true });
    const alert = page.getByRole('alertdialog', { name: 'Mail Guard' });
    await send.click();
    await alert.waitFor({ timeout: SCAN_TIMEOUT_MS });
    expect(await alert.innerText()).toContain('1 personnummer in the body');
    expect(await alert.getByRole('button', { name: 'Send Anyway' }).count()).toBe(0);
    // The draft stays visible behind the dialog.
    // The modal dialog hides the page from assistive technology (aria-hidden), not from the eye: look for
    // the body among hidden roles too, and ask whether it is drawn.
    expect(await page.getByRole('textbox', { name: 'Message body', includeHidden: true }).isVisible()).toBe(
      true,
    );
    await screenshot(page, 'smart-alert.png', true);
    await page.keyboard.press('Escape');
    await alert.waitFor({ state: 'hidden' });
    expect(await page.getByText('Sent (simulated)').count()).toBe(0);
    await send.click();
    await alert.getByRole('button', { name: 'Don’t Send' }).click({ timeout: SCAN_TIMEOUT_MS });
    await alert.waitFor({ state: 'hidden' });
    expect(await page.getByText('Sent (simulated)').count()).toBe(0);
    await send.click();
    await alert.getByRole('button', { name: 'Review and fix' }).click({ timeout: SCAN_TIMEOUT_MS });
    await pane(page)
      .getByText('Your message was not sent. Fix what is listed below, then send again.')
      .waitFor({ timeout: SCAN_TIMEOUT_MS });
    await verdict(page, 'Sensitive data — must fix');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toContain('1 personnummer');
  });

  it('says in Swedish what the Smart Alert found, in the body', async () => {
    page = await openSimulator('sv');
    await page.getByLabel('Till', { exact: true }).fill('kund@example.com');
    await typeBody(page, 'Personnummer 850709-9805');
    await page.getByRole('button', { name: 'Skicka', exact: true }).click();
    const alert = page.getByRole('alertdialog', { name: 'Mail Guard' });
    await alert.waitFor({ timeout: SCAN_TIMEOUT_MS });
    const text = await alert.innerText();
    expect(text).toContain('1 personnummer i meddelandet');
    expect(text).not.toContain('flytta filen');
    await alert.getByRole('button', { name: 'Visa och åtgärda' }).waitFor();
    await alert.getByRole('button', { name: 'Skicka inte' }).waitFor();
    await screenshot(page, 'smart-alert-sv.png', true);
  });

  it('offers "Send anyway" for a list of customers\' contact details, and sends', async () => {
    page = await openSimulator();
    await page.getByLabel('To', { exact: true }).fill('partner@example.org');
    await page.getByLabel('Subject', { exact: true }).fill('Kundlista');
    await typeBody(page, 'Hej, här är kontaktlistan till mässan.');
    await page
      .getByLabel('Attach file')
      .setInputFiles({ name: 'Kunder.csv', mimeType: 'text/csv', buffer: Buffer.from(contactListCsv(12)) });
    await verdict(page, 'Check before sending');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const alert = page.getByRole('alertdialog', { name: 'Mail Guard' });
    await alert.getByRole('button', { name: 'Send Anyway' }).click({ timeout: SCAN_TIMEOUT_MS });
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
