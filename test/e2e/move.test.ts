/**
 * One click moves the draft's attachments to the vault — end to end in headless Chromium: the compose
 * simulator with the real task pane (built dist/), a REAL vault process on loopback (`--dev-auth`, temp data)
 * and a fault-injecting proxy in front of it. `MAILGUARD_SCREENSHOTS=1` saves docs/screenshots/move-*.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium';
import { ROOT, builtDist } from './built-dist';
import { startFaultProxy, type Fault, type FaultProxy } from './move-proxy';
import { startVaultProcess, type VaultProcess } from './move-vault';
import { serveDirectory, type StaticServer } from './serve-dist';

jest.setTimeout(120_000);
const SCREENSHOTS = process.env.MAILGUARD_SCREENSHOTS === '1' ? join(ROOT, 'docs/screenshots') : undefined;
const WAIT = { timeout: 60_000 };
const MOVE = 'Move attachments to the secure server';
const RECIPIENT = 'bo@example.com';

let server: StaticServer;
let vault: VaultProcess;
let browser: Browser;
let proxy: FaultProxy;
let page: Page;

beforeAll(async () => {
  server = await serveDirectory(builtDist());
  vault = await startVaultProcess([server.origin]);
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await vault?.stop();
  await server?.close();
});
afterEach(async () => {
  await page?.close();
  proxy?.release();
  await proxy?.close();
});

interface File {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}
const csv = (rows: number): Buffer =>
  Buffer.from(
    Array.from({ length: rows }, (_, i) => `rad ${i};mätvärde ${i * 7};sensor-${i % 13}`).join('\n'),
  );
const SMALL: File = { name: 'lista.csv', mimeType: 'text/csv', buffer: csv(40) };
const PDF: File = {
  name: 'datasheet.pdf',
  mimeType: 'application/pdf',
  buffer: readFileSync(join(ROOT, 'test/fixtures/attachments/datasheet.clean.pdf')),
};
/** Above 1 MiB: the resumable protocol, in 1 MiB segments. */
const LARGE: File = { name: 'telemetri.csv', mimeType: 'text/csv', buffer: csv(100_000) };

const pane = () => page.getByRole('complementary', { name: /Mail Guard/ });
const body = () => page.getByRole('textbox', { name: /Message body|Meddelande/ });
const attached = (name: string) => page.getByRole('button', { name: `Remove ${name}` });

async function openDraft(
  files: readonly File[],
  fault: Fault = { kind: 'none' },
  lang: 'en' | 'sv' = 'en',
): Promise<void> {
  proxy = await startFaultProxy(vault.url);
  proxy.fault = fault;
  const policy = JSON.parse(readFileSync(join(ROOT, 'assets/policy.json'), 'utf8')) as { vault: object };
  page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.route('**/policy.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ...policy, vault: { ...policy.vault, url: proxy.url } }),
    }),
  );
  await page.goto(`${server.origin}/simulator.html?lang=${lang}`);
  const label =
    lang === 'sv'
      ? { to: 'Till', subject: 'Ämne', attach: 'Bifoga fil', remove: 'Ta bort' }
      : { to: 'To', subject: 'Subject', attach: 'Attach file', remove: 'Remove' };
  await page.getByLabel(label.to, { exact: true }).fill(RECIPIENT);
  await page.getByLabel(label.subject, { exact: true }).fill('Mätdata');
  await body().fill('Hi Bo, here is the data from the field test.');
  await page.getByLabel(label.attach).setInputFiles(files.map((f) => ({ ...f })));
  for (const file of files)
    await page.getByRole('button', { name: `${label.remove} ${file.name}` }).waitFor();
}

async function screenshot(name: string): Promise<void> {
  if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, name) });
}

/** The link URLs in the body, in order. */
async function links(): Promise<string[]> {
  const html = await body().innerHTML();
  return Array.from(html.matchAll(/href="([^"]+\/s\/[^"]+)"/g), (m) => m[1] ?? '');
}

/** A listed recipient downloads through the landing page: GET (never a download), then POST. */
async function downloadAsRecipient(
  url: string,
  email = RECIPIENT,
): Promise<{ status: number; bytes: Buffer }> {
  const landing = await fetch(url);
  expect(landing.status).toBe(200);
  const answer = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `email=${encodeURIComponent(email)}`,
  });
  return { status: answer.status, bytes: Buffer.from(await answer.arrayBuffer()) };
}

async function expectDraftUnchanged(file: File): Promise<void> {
  await attached(file.name).waitFor();
  expect(await body().innerHTML()).not.toContain('mailguard-link-');
}

/** A data protection officer's token from the development sign-in of the vault. */
async function dpoToken(): Promise<string> {
  const response = await fetch(`${vault.url}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'dpo@vinnter.se', roles: ['dpo'] }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

describe('accountable decisions', () => {
  it('records a dismissal of sensitive data, with its reason and without the value, in the vault', async () => {
    await openDraft([]);
    await body().fill('Hej Bo, testpersonen har personnummer 850709-9805.');
    await pane().getByRole('button', { name: 'Mark 1 personnummer as not personal data' }).click(WAIT);
    await pane().getByRole('heading', { name: 'Not personal data?' }).waitFor();
    await screenshot('taskpane-reason.png');
    await pane().getByRole('radio', { name: 'It is not about a real person (test or example data)' }).click();
    await pane().getByRole('button', { name: 'Confirm' }).click();
    await pane().getByRole('status').getByText('Nothing to worry about').waitFor(WAIT);
    const token = await dpoToken();
    let rows: { decision: string; reason: string; type: string; clause: string; count: number }[] = [];
    for (let attempt = 0; attempt < 50 && rows.length === 0; attempt++) {
      const answer = await fetch(`${vault.url}/api/decisions/summary`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(answer.status).toBe(200);
      const text = await answer.text();
      expect(text).not.toContain('9805');
      rows = (JSON.parse(text) as { rows: typeof rows }).rows;
      if (rows.length === 0) await new Promise((r) => setTimeout(r, 200));
    }
    expect(rows).toEqual([
      expect.objectContaining({
        decision: 'dismiss',
        reason: 'not-personal-data',
        type: 'se-personnummer',
        clause: 'P2',
        count: 1,
      }),
    ]);
  });
});

describe('moving attachments to the vault', () => {
  it('moves two attachments: links in the body, attachments gone, files downloadable byte for byte; Undo restores', async () => {
    await openDraft([SMALL, PDF]);
    await screenshot('move-1-before.png');
    await pane().getByRole('button', { name: MOVE }).click();
    await pane().getByText('2 moved.').waitFor(WAIT);
    await screenshot('move-3-done.png');
    expect(await attached(SMALL.name).count()).toBe(0);
    expect(await attached(PDF.name).count()).toBe(0);
    const urls = await links();
    expect(urls).toHaveLength(2);
    const text = await body().innerText();
    expect(text).toContain('Kept on Vinnter AB’s secure server according to the email policy (P3)');
    expect(text).toContain('Hi Bo, here is the data');
    // One block, below the new text, the files in the order of the attachments.
    const html = await body().innerHTML();
    expect(html.match(/data-mailguard-links=/g)).toHaveLength(1);
    expect(text.indexOf('Hi Bo, here is the data')).toBeLessThan(
      text.indexOf('The attachments are on the secure server:'),
    );
    const [csvUrl, pdfUrl] = urls as [string, string];
    expect((await downloadAsRecipient(csvUrl)).bytes.equals(SMALL.buffer)).toBe(true);
    expect((await downloadAsRecipient(pdfUrl)).bytes.equals(PDF.buffer)).toBe(true);
    expect((await downloadAsRecipient(csvUrl, 'someone@else.example')).status).toBe(403);

    await pane()
      .getByRole('button', { name: `Undo: ${SMALL.name}` })
      .click();
    await pane().getByText('The attachment is back and the link is gone.').waitFor(WAIT);
    await attached(SMALL.name).waitFor();
    expect(await links()).toEqual([pdfUrl]);
  });

  it('after a Smart Alert about an attachment, offers the move first: one click fixes it and the mail goes', async () => {
    const staff: File = {
      name: 'staff-list.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: readFileSync(join(ROOT, 'test/fixtures/attachments/staff-list.personnummer.xlsx')),
    };
    await openDraft([staff]);
    await page.getByRole('button', { name: 'Close Mail Guard' }).click();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page
      .getByRole('alertdialog', { name: 'Mail Guard' })
      .getByRole('button', { name: 'Review and fix' })
      .click(WAIT);
    await pane()
      .getByText('The mail was stopped because of its attachments.', { exact: false })
      .waitFor(WAIT);
    await pane().getByRole('button', { name: MOVE }).click();
    await pane().getByText('1 moved.').waitFor(WAIT);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByText('Sent (simulated): the message would have left Outlook now.').waitFor(WAIT);
  });

  it('writes the link block in Swedish for a Swedish Outlook', async () => {
    await openDraft([SMALL], { kind: 'none' }, 'sv');
    await pane().getByRole('button', { name: 'Flytta bilagor till den säkra servern' }).click();
    await pane().getByText('1 flyttade.').waitFor(WAIT);
    const text = await body().innerText();
    expect(text).toContain('Bilagan finns på den säkra servern:');
    expect(text).toMatch(/lista\.csv \([\d,]+ (?:byte|KB)\) — länken gäller till och med/);
    expect(text).toContain('Förvaras på Vinnter AB:s säkra server enligt e-postpolicyn (P3)');
  });

  it('shows bytes and percent while a large file uploads, and finishes', async () => {
    await openDraft([LARGE], { kind: 'hold', okUploads: 2 });
    await pane().getByRole('button', { name: MOVE }).click();
    await pane()
      .getByText(/Uploading [\d.,]+ MB of [\d.,]+ MB \(\d+%\)/)
      .waitFor(WAIT);
    await pane()
      .getByRole('progressbar', { name: `Upload of ${LARGE.name}` })
      .waitFor();
    await screenshot('move-2-progress.png');
    proxy.release();
    await pane().getByText('1 moved.').waitFor(WAIT);
    expect((await downloadAsRecipient((await links())[0] ?? '')).bytes.equals(LARGE.buffer)).toBe(true);
  });

  it('resumes after the connection drops mid-upload instead of starting again', async () => {
    // The second 1 MiB segment is cut after 600 kB: the first segment is durable on the vault by then.
    await openDraft([LARGE], { kind: 'drop-once', afterBytes: 600_000, nth: 2 });
    await pane().getByRole('button', { name: MOVE }).click();
    await pane().getByText('1 moved.').waitFor(WAIT);
    const starts = proxy.uploads
      .filter((u) => u.startsWith('PUT'))
      .map((u) => Number(/bytes (\d+)-/.exec(u)?.[1]));
    expect(starts.filter((start) => start === 0)).toHaveLength(1);
    expect(starts.filter((start) => start === 1_048_576).length).toBeGreaterThanOrEqual(1);
    expect(starts.length).toBeGreaterThan(4);
    expect((await downloadAsRecipient((await links())[0] ?? '')).bytes.equals(LARGE.buffer)).toBe(true);
  });

  it.each([
    ['the vault is down', SMALL, { kind: 'down' }, 'The secure server cannot be reached.'],
    [
      'the vault answers 500 halfway',
      LARGE,
      { kind: 'error-500', okUploads: 2 },
      'The secure server had a problem.',
    ],
    [
      'the bytes arrive damaged (checksum mismatch)',
      SMALL,
      { kind: 'corrupt' },
      'The file arrived damaged on the secure server, so it was not kept.',
    ],
    [
      'the token has expired',
      SMALL,
      { kind: 'unauthorized' },
      'Your sign-in to the secure server has expired.',
    ],
  ] as const)('keeps the attachment and says what happened when %s', async (_what, file, fault, message) => {
    await openDraft([file], fault);
    await pane().getByRole('button', { name: MOVE }).click();
    await pane().getByText(message).waitFor(WAIT);
    await pane().getByText('Nothing was lost: the attachment is still in the mail.').waitFor();
    await expectDraftUnchanged(file);
  });

  it('leaves both the link and the attachment when Outlook cannot remove the attachment, and says so', async () => {
    await openDraft([SMALL]);
    await page.evaluate(() => {
      const item = (
        window as unknown as {
          Office: { context: { mailbox: { item: { removeAttachmentAsync: unknown } } } };
        }
      ).Office.context.mailbox.item;
      item.removeAttachmentAsync = (_id: string, callback: (result: unknown) => void) =>
        setTimeout(
          () =>
            callback({
              status: 'failed',
              value: undefined,
              error: { name: 'GenericError', message: 'Server busy', code: 9020 },
            }),
          0,
        );
    });
    await pane().getByRole('button', { name: MOVE }).click();
    await pane()
      .getByText('The link is in the mail, but the attachment could not be removed.')
      .first()
      .waitFor(WAIT);
    await pane()
      .getByText('Both the link and the attachment are in the mail: remove one of them before sending.')
      .waitFor();
    await attached(SMALL.name).waitFor();
    expect(await links()).toHaveLength(1);
  });

  it('keeps the attachment when the user closes the pane mid-way', async () => {
    await openDraft([LARGE], { kind: 'hold', okUploads: 1 });
    await pane().getByRole('button', { name: MOVE }).click();
    await pane()
      .getByText(/Uploading/)
      .waitFor(WAIT);
    await page.getByRole('button', { name: 'Close Mail Guard' }).click();
    proxy.release();
    await page.waitForTimeout(1500);
    await expectDraftUnchanged(LARGE);
    await page.getByRole('button', { name: 'Check for personal data' }).click();
    await pane().getByRole('button', { name: MOVE }).waitFor(WAIT);
    expect(await pane().getByText('Moved. The link is in the mail.').count()).toBe(0);
  });
});
