/**
 * The read pane end to end in headless Chromium: the simulator's inbox (read mode) with the real task pane
 * (built dist/), a REAL vault process on loopback (retention classes standard and recruitment) and the Graph
 * stand-in on loopback for the delete. Archive and delete, the vault down (nothing deleted), a message already
 * deleted, "Keep in mailbox" into the decision log, a participant list with more people than a copy names (said
 * again after a refused delete is retried); and the simulator as `npm start` serves it, the stand-in on
 * the page's own origin, where a deleted message leaves the inbox list. sv and en at 320 px, zero axe-core
 * violations.
 * `MAILGUARD_SCREENSHOTS=1` saves docs/screenshots/read-*.png.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium';
import { INBOX, restIdOf } from '../../src/simulator/read/inbox';
import { simulatorGraph, simulatorMessages } from '../support/graph-standin/simulator-tenant';
import type { DecisionSummary, SubjectExport } from '../../src/contract';
import {
  DELETED_ITEMS,
  INBOX as INBOX_FOLDER,
  startGraphStandIn,
  tenant,
  user,
  type GraphStandIn,
} from '../support/graph-standin';
import { ROOT, builtDist } from './built-dist';
import { startVaultProcess, type VaultProcess } from './move-vault';
import { serveDirectory, type StaticServer } from './serve-dist';

jest.setTimeout(180_000);
const SCREENSHOTS = process.env.MAILGUARD_SCREENSHOTS === '1' ? join(ROOT, 'docs/screenshots') : undefined;
const WAIT = { timeout: 60_000 };
const OWNER = 'maria.holm@vinnter.se';
const [CV, CLEAN, HEALTH, COURSE] = INBOX;
if (!CV || !CLEAN || !HEALTH || !COURSE) throw new Error('the simulator inbox changed');

let server: StaticServer;
/** dist/ and the Graph stand-in on one origin, as the development server of `npm start` serves them. */
let devServer: StaticServer;
const devGraph = simulatorGraph();
let vault: VaultProcess;
let graph: GraphStandIn;
let browser: Browser;
let page: Page;
const complaints: string[] = [];

beforeAll(async () => {
  server = await serveDirectory(builtDist());
  devServer = await serveDirectory(builtDist(), (request, response) => {
    if (!devGraph.answers(new URL(request.url ?? '/', 'http://x').pathname)) return false;
    devGraph.handle(request, response);
    return true;
  });
  vault = await startVaultProcess([server.origin, devServer.origin], {
    MAILGUARD_RETENTION_CLASSES: 'standard=365,recruitment=730',
    MAILGUARD_DEFAULT_RETENTION_CLASS: 'standard',
  });
  graph = await startGraphStandIn(tenant([user(OWNER, simulatorMessages())]));
  browser = await launchChromium();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await graph?.close();
  await vault?.stop();
  await server?.close();
  await devServer?.close();
});
beforeEach(() => {
  const owner = graph.tenant.users[0];
  if (owner) owner.messages = simulatorMessages();
  const devOwner = devGraph.tenant.users[0];
  if (devOwner) devOwner.messages = simulatorMessages();
  devGraph.requests.length = 0;
  graph.requests.length = 0;
});
afterEach(async () => {
  await page?.close();
  expect(complaints.filter((text) => /Warning|Error/.test(text))).toEqual([]);
  complaints.length = 0;
});

const policy = (vaultUrl: string): string => {
  const base = JSON.parse(readFileSync(join(ROOT, 'assets/policy.json'), 'utf8')) as { vault: object };
  return JSON.stringify({
    ...base,
    vault: { ...base.vault, url: vaultUrl },
    archive: {
      retentionClass: 'standard',
      rules: [{ words: ['cv', 'meritförteckning', 'ansökan'], retentionClass: 'recruitment' }],
    },
  });
};

/** The read simulator in `lang`; `origin` undefined: the plain dist/ server with `?graph=` the stand-in. */
async function openInbox(
  lang: 'en' | 'sv',
  vaultUrl = vault.url,
  origin: string | undefined = undefined,
): Promise<void> {
  page = await browser.newPage({ viewport: { width: 1280, height: 860 }, ignoreHTTPSErrors: true });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') complaints.push(message.text());
  });
  page.on('pageerror', (error) => complaints.push(error.message));
  await page.route('**/policy.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: policy(vaultUrl) }),
  );
  const query = new URLSearchParams({ mode: 'read', lang, ...(origin ? {} : { graph: graph.graphUrl }) });
  await page.goto(`${origin ?? server.origin}/simulator.html?${query.toString()}`);
}

const pane = () => page.getByRole('complementary', { name: /Mail Guard/ });
const open = (subject: string) => page.getByRole('button', { name: new RegExp(subject) }).click();

async function screenshot(name: string): Promise<void> {
  if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, name) });
}

/** The pane alone, as wide as Outlook's narrowest pane. */
async function paneScreenshot(name: string): Promise<void> {
  if (SCREENSHOTS) await pane().screenshot({ path: join(SCREENSHOTS, name) });
}

/** Graph refuses the first move (403, as without Mail.ReadWrite consent); the moves after it go through. */
async function refuseFirstMove(): Promise<void> {
  let refused = false;
  await page.route('**/move', async (route) => {
    if (refused || route.request().method() !== 'POST') return route.continue();
    refused = true;
    await route.fulfill({
      status: 403,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: JSON.stringify({ error: { code: 'ErrorAccessDenied', message: 'Access is denied.' } }),
    });
  });
}

async function axeViolations(): Promise<{ id: string; nodes: number }[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(c: unknown, o?: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    // In Outlook the pane is its own document; only the simulator nests the pane's <main> in its <aside>.
    const result = await axe.run(document, { rules: { 'landmark-main-is-top-level': { enabled: false } } });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.length }));
  });
}

/** Nothing in the pane is wider than Outlook's narrowest pane. */
async function fitsThePane(): Promise<void> {
  const widths = await pane().evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(widths.client).toBeLessThanOrEqual(320);
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
}

const folderOf = (id: string): string | undefined =>
  graph.tenant.users[0]?.messages?.find((m) => m.id === id)?.parentFolderId;
const moves = (): string[] => graph.requests.filter((r) => r.startsWith('POST') && r.endsWith('/move'));

async function dpoSearch(q: string): Promise<SubjectExport> {
  const token = await vault.token('dpo@vinnter.se', ['dpo']);
  const response = await fetch(`${vault.url}/api/subjects?q=${encodeURIComponent(q)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return (await response.json()) as SubjectExport;
}

describe('read pane: archive and delete', () => {
  it('stores the CV and the whole message under recruitment, verifies, then deletes (en)', async () => {
    await openInbox('en');
    await pane()
      .getByText(/This message carries sensitive personal data: .*personnummer.*“CV Anna Lind\.txt”/)
      .waitFor(WAIT);
    await pane()
      .getByText(/Policy P3: the mailbox is not storage/)
      .waitFor();
    await pane().getByText('Kept on the secure server under the retention class “recruitment”.').waitFor();
    expect(
      await pane()
        .getByRole('checkbox', { name: /whole message/ })
        .isChecked(),
    ).toBe(true);
    await fitsThePane();
    expect(await axeViolations()).toEqual([]);
    await screenshot('read-1-cv-en.png');

    await pane().getByRole('button', { name: 'Store on the secure server and delete' }).click();
    await pane()
      .getByText(
        /Stored on the secure server \(2 files, kept until \d{4}-\d{2}-\d{2}\) and deleted from your mailbox\./,
      )
      .waitFor(WAIT);
    await fitsThePane();
    expect(await axeViolations()).toEqual([]);
    await screenshot('read-2-done-en.png');

    // Graph: one move of this message, by its REST id, and it is in Deleted Items now.
    const restId = restIdOf(CV.itemId);
    expect(moves()).toEqual([`POST /v1.0/me/messages/${restId}/move`]);
    expect(folderOf(restId)).toBe(DELETED_ITEMS);
    // The vault: both copies are the user's, under recruitment, and the DPO finds them (P6).
    const found = await dpoSearch('anna lind');
    const cv = found.files.find((f) => f.fileName === 'CV Anna Lind.txt');
    const eml = found.files.find((f) => f.fileName === 'Ansökan systemutvecklare.eml');
    expect(cv).toMatchObject({ owner: OWNER, retentionClass: 'recruitment' });
    const original = Buffer.from(CV.attachments[0]?.base64 ?? '', 'base64');
    expect(cv?.sha256).toBe(createHash('sha256').update(original).digest('hex'));
    // The mail's name does not carry her name, but she sent it: the vault keeps its sender as a data subject
    // (keyed, ADR 0051), so the DPO finds the mail by her too …
    expect(eml).toMatchObject({ owner: OWNER, retentionClass: 'recruitment', contentType: 'message/rfc822' });
    expect((await dpoSearch('unrelated person')).files).toEqual([]);
    const byOwner = await dpoSearch(OWNER);
    expect(byOwner.files.find((f) => f.fileName === 'Ansökan systemutvecklare.eml')).toMatchObject({
      owner: OWNER,
      retentionClass: 'recruitment',
      contentType: 'message/rfc822',
    }); // … but it is found by its owner, like any other stored file.
  });

  it('deletes nothing when the vault is down, and says which step failed (en)', async () => {
    const closed = await serveDirectory(ROOT);
    const deadUrl = closed.origin;
    await closed.close();
    await openInbox('en', deadUrl);
    await pane().getByRole('button', { name: 'Store on the secure server and delete' }).click(WAIT);
    await pane()
      .getByText('Nothing was deleted. The step that failed: storing it on the secure server.')
      .waitFor(WAIT);
    await pane()
      .getByText(/The secure server could not be reached/)
      .waitFor();
    expect(moves()).toEqual([]);
    expect(folderOf(restIdOf(CV.itemId))).toBe(INBOX_FOLDER);
    await fitsThePane();
    expect(await axeViolations()).toEqual([]);
    await screenshot('read-4-vault-down-en.png');
  });

  it('reports a message the user already deleted, the copy kept (sv)', async () => {
    const owner = graph.tenant.users[0];
    if (owner?.messages) owner.messages = owner.messages.filter((m) => m.id !== restIdOf(CV.itemId));
    await openInbox('sv');
    await pane().getByRole('button', { name: 'Spara på säkra servern och radera' }).click(WAIT);
    await pane()
      .getByText(/Sparat på den säkra servern \(2 filer, .*\)\. Mejlet var redan raderat\./)
      .waitFor(WAIT);
    expect(moves()).toEqual([`POST /v1.0/me/messages/${restIdOf(CV.itemId)}/move`]);
  });
});

describe('read pane: more people than a copy can name', () => {
  const cases = [
    {
      lang: 'en',
      store: 'Store on the secure server and delete',
      failed: 'Your copy is stored and verified on the secure server, but the mail could not be deleted.',
      tryAgain: 'Try again',
      done: /Stored on the secure server \(2 files, .*\) and deleted from your mailbox\./,
      leftOut: /^(\d+) people in this message could not be listed with the copies \(the list was full\)/,
    },
    {
      lang: 'sv',
      store: 'Spara på säkra servern och radera',
      failed: 'Din kopia är sparad och kontrollerad på den säkra servern, men mejlet kunde inte raderas.',
      tryAgain: 'Försök igen',
      done: /Sparat på den säkra servern \(2 filer, .*\) och raderat från brevlådan\./,
      leftOut: /^(\d+) personer i mejlet kunde inte listas med kopiorna \(listan var full\)/,
    },
  ] as const;
  for (const c of cases) {
    it(`says how many people the copies leave out, and again once a refused delete is retried (${c.lang})`, async () => {
      await openInbox(c.lang);
      await refuseFirstMove();
      await open(COURSE.subject);
      await pane()
        .getByText(/“Deltagare första hjälpen\.txt”/)
        .waitFor(WAIT);
      await pane().getByRole('button', { name: c.store }).click();
      await pane().getByText(c.failed).waitFor(WAIT);
      const note = pane().getByText(c.leftOut);
      const said = await note.innerText();
      expect(Number(c.leftOut.exec(said)?.[1])).toBeGreaterThan(0);
      expect(moves()).toEqual([]);
      await fitsThePane();
      expect(await axeViolations()).toEqual([]);
      await paneScreenshot(`read-7-delete-refused-${c.lang}.png`);

      await pane().getByRole('button', { name: c.tryAgain }).click();
      await pane().getByText(c.done).waitFor(WAIT);
      // The retried delete reports the copies as the first attempt did: the same people left out.
      expect(await pane().getByText(c.leftOut).innerText()).toBe(said);
      const restId = restIdOf(COURSE.itemId);
      expect(moves()).toEqual([`POST /v1.0/me/messages/${restId}/move`]);
      expect(folderOf(restId)).toBe(DELETED_ITEMS);
      await fitsThePane();
      expect(await axeViolations()).toEqual([]);
      await paneScreenshot(`read-6-people-left-out-${c.lang}.png`);

      // The first participants are named with the copies; the last ones in the list are the ones left out.
      const named = (await dpoSearch('Anna Andersson')).files.map((f) => f.fileName);
      expect(named).toEqual(expect.arrayContaining(['Deltagare första hjälpen.txt']));
      const last = (await dpoSearch('Nils Ek')).files.map((f) => f.fileName);
      expect(last).not.toContain('Deltagare första hjälpen.txt');
    });
  }
});

describe('read pane: what a message carries, and keeping it', () => {
  it('says a clean message needs nothing and offers no archive (sv)', async () => {
    await openInbox('sv');
    await open(CLEAN.subject);
    await pane()
      .getByText('Inga personuppgifter som behöver din uppmärksamhet hittades i mejlet.')
      .waitFor(WAIT);
    expect(
      await pane()
        .getByRole('button', { name: /Spara på säkra servern/ })
        .count(),
    ).toBe(0);
    expect(await axeViolations()).toEqual([]);
  });

  it('keeps the health note in the mailbox with a reason, recorded as P3 without values (sv)', async () => {
    await openInbox('sv');
    await open(HEALTH.subject);
    await pane()
      .getByText(/Mejlet innehåller känsliga personuppgifter: .*, i texten\./)
      .waitFor(WAIT);
    await pane().getByRole('button', { name: 'Behåll i brevlådan' }).click();
    await pane()
      .getByRole('radio', { name: /intern/i })
      .check();
    await fitsThePane();
    expect(await axeViolations()).toEqual([]);
    await screenshot('read-3-keep-sv.png');
    await pane().getByRole('button', { name: 'Behåll och registrera skälet' }).click();
    await pane().getByText('Mejlet finns kvar i brevlådan. Ditt skäl registrerades.').waitFor(WAIT);
    expect(moves()).toEqual([]);
    // The decision log has it: P3, keep-in-mailbox, the category — and no value anywhere.
    const token = await vault.token('dpo@vinnter.se', ['dpo']);
    let summary: DecisionSummary | undefined;
    for (let tries = 0; tries < 50; tries++) {
      const response = await fetch(`${vault.url}/api/decisions/summary?period=day`, {
        headers: { authorization: `Bearer ${token}` },
      });
      summary = (await response.json()) as DecisionSummary;
      if (summary.rows.some((r) => r.decision === 'keep-in-mailbox')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const kept = summary?.rows.filter((r) => r.decision === 'keep-in-mailbox') ?? [];
    expect(kept.length).toBeGreaterThan(0);
    for (const row of kept)
      expect(row).toMatchObject({ clause: 'P3', category: 'health', reason: 'internal-use' });
    expect(JSON.stringify(summary)).not.toMatch(/sjukskriven|knät|Erik/);
  });
});

describe("read simulator as `npm start` serves it: the Graph stand-in on the page's own origin", () => {
  const cases = [
    {
      lang: 'en',
      inbox: 'Inbox',
      store: 'Store on the secure server and delete',
      done: /Stored on the secure server \(2 files, .*\) and deleted from your mailbox\./,
      noGraph: /No Microsoft Graph connected/,
    },
    {
      lang: 'sv',
      inbox: 'Inkorg',
      store: 'Spara på säkra servern och radera',
      done: /Sparat på den säkra servern \(2 filer, .*\) och raderat från brevlådan\./,
      noGraph: /Ingen Microsoft Graph ansluten/,
    },
  ] as const;
  for (const c of cases) {
    it(`archives and deletes, and the message leaves the inbox list (${c.lang})`, async () => {
      await openInbox(c.lang, vault.url, devServer.origin);
      const inbox = page.getByRole('navigation', { name: c.inbox });
      await inbox.getByRole('button', { name: new RegExp(CV.subject) }).waitFor(WAIT);
      expect(await inbox.getByRole('button').count()).toBe(INBOX.length);
      expect(await page.getByText(c.noGraph).count()).toBe(0);
      await pane().getByRole('button', { name: c.store }).click(WAIT);
      await pane().getByText(c.done).waitFor(WAIT);
      // The list follows the mailbox: the CV is in Deleted Items, so no longer in the Inbox.
      await inbox
        .getByRole('button', { name: new RegExp(CV.subject) })
        .waitFor({ ...WAIT, state: 'detached' });
      expect(await inbox.getByRole('button').allInnerTexts()).toEqual(
        INBOX.filter((m) => m !== CV).map((m) => `${m.from.displayName}\n${m.subject}`),
      );
      const restId = restIdOf(CV.itemId);
      expect(devGraph.requests.filter((r) => r.startsWith('POST') && r.endsWith('/move'))).toEqual([
        `POST /v1.0/me/messages/${restId}/move`,
      ]);
      expect(devGraph.tenant.users[0]?.messages?.find((m) => m.id === restId)?.parentFolderId).toBe(
        DELETED_ITEMS,
      );
      await fitsThePane();
      expect(await axeViolations()).toEqual([]);
      await screenshot(`read-5-deleted-${c.lang}.png`);
    });
  }

  it('says no Graph is connected when the origin has none, and lists every message (en)', async () => {
    // The plain dist/ server answers 404 where the development server answers as Graph.
    await openInbox('en', vault.url, server.origin);
    await page.getByText(/No Microsoft Graph connected/).waitFor(WAIT);
    expect(await page.getByRole('navigation', { name: 'Inbox' }).getByRole('button').count()).toBe(
      INBOX.length,
    );
    expect(devGraph.requests).toEqual([]);
  });
});
