/**
 * "My shared files" over real HTTP: a sender lists, changes and withdraws their own links and sees who
 * downloaded; another sender can neither see nor touch them. Also through the add-in's client functions.
 */
import type { TokenProvider } from '../../src/addin/auth';
import {
  VaultHttpError,
  createVaultClient,
  listMyLinks,
  revokeLink,
  updateLink,
} from '../../src/addin/vault';
import type { MyLink, MyLinks, UploadResponse } from '../../src/contract';
import { nodeTransport } from '../addin/vault/node-transport';
import { META_KINDS, announcePostgres } from './support/adapters';
import { startTestVault, upload, type TestVault } from './support/vault';

jest.setTimeout(60_000);
announcePostgres();

describe.each(META_KINDS)('with %s metadata', (meta) => {
  const ANNA = 'anna@vinnter.se';
  const BO = 'bo.sender@vinnter.se';
  let vault: TestVault;
  let anna: string;
  let bo: string;

  beforeAll(async () => {
    vault = await startTestVault({ meta });
    anna = await vault.token(ANNA);
    bo = await vault.token(BO);
  });
  afterAll(() => vault.close());

  const api = (method: string, path: string, token: string, body?: unknown): Promise<Response> =>
    fetch(`${vault.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const share = async (token: string, name: string): Promise<UploadResponse> =>
    (await (await upload(vault, token, Buffer.from(`innehåll ${name}`), { name })).json()) as UploadResponse;
  const secretOf = (body: UploadResponse): string => new URL(body.links[0]?.url ?? '').pathname.slice(3);
  const fetchFile = (secret: string, email: string): Promise<Response> =>
    fetch(`${vault.url}/s/${secret}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    });
  const mine = async (token: string): Promise<readonly MyLink[]> =>
    ((await (await api('GET', '/api/links', token)).json()) as MyLinks).links;

  describe('two senders', () => {
    let annas: UploadResponse;

    beforeAll(async () => {
      annas = await share(anna, 'annas-lista.csv');
      await share(bo, 'bos-rapport.txt');
    });

    it('each sees only their own links', async () => {
      expect((await mine(anna)).map((l) => l.fileName)).toEqual(['annas-lista.csv']);
      expect((await mine(bo)).map((l) => l.fileName)).toEqual(['bos-rapport.txt']);
      const [link] = await mine(anna);
      expect(link).toMatchObject({
        id: annas.id,
        state: 'active',
        recipients: ['bo@example.com', 'cecilia@partner.se'],
        downloads: 0,
        downloadHistory: [],
      });
    });

    it('one cannot change, revoke or probe the other’s link (404, unchanged)', async () => {
      const later = vault.clock.now().getTime() + 86_400_000;
      const patch = { expiresAt: new Date(later).toISOString(), addRecipients: ['mallory@evil.example'] };
      expect((await api('PATCH', `/api/links/${annas.id}`, bo, patch)).status).toBe(404);
      expect((await api('DELETE', `/api/links/${annas.id}`, bo)).status).toBe(404);
      const [link] = await mine(anna);
      expect(link?.state).toBe('active');
      expect(link?.recipients).not.toContain('mallory@evil.example');
      expect((await fetchFile(secretOf(annas), 'mallory@evil.example')).status).toBe(403);
    });

    it('needs a signed-in caller', async () => {
      expect((await fetch(`${vault.url}/api/links`)).status).toBe(401);
    });
  });

  describe('changing my link', () => {
    let shared: UploadResponse;
    beforeAll(async () => {
      shared = await share(anna, 'avtal.pdf.txt');
    });
    const path = (): string => `/api/links/${shared.id}`;

    it('moves the expiry either way within policy, never past it or into the past', async () => {
      const [before] = (await mine(anna)).filter((l) => l.id === shared.id);
      const max = new Date(before?.maxExpiresAt ?? 0).getTime();
      const now = vault.clock.now().getTime();
      expect(max - now).toBeGreaterThan(29 * 86_400_000); // 30 days from now by default
      const shorter = new Date(now + 2 * 86_400_000).toISOString();
      const res = await api('PATCH', path(), anna, { expiresAt: shorter });
      expect(res.status).toBe(200);
      expect(((await res.json()) as MyLink).expiresAt).toBe(shorter);
      const tooLate = new Date(max + 86_400_000).toISOString();
      expect((await api('PATCH', path(), anna, { expiresAt: tooLate })).status).toBe(400);
      expect(
        (await api('PATCH', path(), anna, { expiresAt: new Date(now - 1000).toISOString() })).status,
      ).toBe(400);
      expect((await api('PATCH', path(), anna, {})).status).toBe(400);
    });

    it('adds and removes recipients: the new one gets through, the removed one is refused', async () => {
      const res = await api('PATCH', path(), anna, {
        addRecipients: ['Dana@Partner.se'],
        removeRecipients: ['bo@example.com'],
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as MyLink).recipients).toEqual(['cecilia@partner.se', 'dana@partner.se']);
      expect((await fetchFile(secretOf(shared), 'bo@example.com')).status).toBe(403);
      expect((await fetchFile(secretOf(shared), 'dana@partner.se')).status).toBe(200);
      const bad = await api('PATCH', path(), anna, { addRecipients: ['inte en adress'] });
      expect(bad.status).toBe(400);
      const none = await api('PATCH', path(), anna, {
        removeRecipients: ['cecilia@partner.se', 'dana@partner.se'],
      });
      expect(none.status).toBe(400);
    });

    it('shows when it was downloaded and by whom', async () => {
      expect((await fetchFile(secretOf(shared), 'cecilia@partner.se')).status).toBe(200);
      const [link] = (await mine(anna)).filter((l) => l.id === shared.id);
      expect(link?.downloads).toBe(2);
      expect(link?.downloadHistory.map((d) => d.by)).toEqual(['cecilia@partner.se', 'dana@partner.se']);
      expect(Date.parse(link?.downloadHistory[0]?.at ?? '')).not.toBeNaN();
    });

    it('revokes: the landing page says the link was withdrawn, downloads stop, changes are refused', async () => {
      const res = await api('DELETE', path(), anna);
      expect(res.status).toBe(200);
      expect(((await res.json()) as MyLink).state).toBe('revoked');
      const landing = await fetch(`${vault.url}/s/${secretOf(shared)}`, {
        headers: { 'accept-language': 'en' },
      });
      expect(landing.status).toBe(410);
      expect(await landing.text()).toContain('The sender has withdrawn this link');
      expect((await fetchFile(secretOf(shared), 'cecilia@partner.se')).status).toBe(410);
      const later = new Date(vault.clock.now().getTime() + 86_400_000).toISOString();
      expect((await api('PATCH', path(), anna, { expiresAt: later })).status).toBe(409);
    });

    it('forgets the download history when the file is erased', async () => {
      const ctx = vault.app.vault.ctx;
      const link = await ctx.meta.getLinkForFile(shared.id);
      expect((await ctx.meta.senderLinks.downloadsOf([link?.id ?? ''])).length).toBe(2);
      expect((await api('DELETE', `/api/files/${shared.id}`, anna)).status).toBe(204);
      expect((await mine(anna)).map((l) => l.id)).not.toContain(shared.id);
      await vault.app.vault.worker.runOnce();
      expect(await ctx.meta.senderLinks.downloadsOf([link?.id ?? ''])).toEqual([]);
    });
  });

  describe('the add-in client functions', () => {
    const tokens: TokenProvider = { kind: 'dev', getToken: () => vault.token('cilla@vinnter.se') };
    const client = () =>
      createVaultClient({
        baseUrl: vault.url,
        tokens,
        transport: nodeTransport,
        sleep: async () => undefined,
      });

    it('list, update and revoke the caller’s links; refuse another sender’s', async () => {
      const shared = await share(await vault.token('cilla@vinnter.se'), 'cillas.txt');
      const links = await listMyLinks(client());
      expect(links.map((l) => l.id)).toEqual([shared.id]);
      const updated = await updateLink(client(), shared.id, { addRecipients: ['eva@partner.se'] });
      expect(updated.recipients).toContain('eva@partner.se');
      expect((await revokeLink(client(), shared.id)).state).toBe('revoked');
      const someoneElses = (await mine(bo))[0]?.id ?? '';
      await expect(updateLink(client(), someoneElses, { removeRecipients: ['x@y.se'] })).rejects.toEqual(
        expect.objectContaining({ status: 404 }),
      );
      await expect(revokeLink(client(), someoneElses)).rejects.toBeInstanceOf(VaultHttpError);
    });
  });
});

describe('first-download mail to the sender', () => {
  it('mails the sender once, on the first download only, when the setting is on', async () => {
    const sent: { to: string; subject: string; text: string }[] = [];
    const notifying = await startTestVault({
      config: { notifyFirstDownload: true },
      mailer: { send: async (message) => void sent.push(message) },
    });
    try {
      const token = await notifying.token('anna@vinnter.se');
      const body = (await (
        await upload(notifying, token, Buffer.from('hej'), { name: 'offert.txt', recipients: 'bo@kund.se' })
      ).json()) as UploadResponse;
      const secret = new URL(body.links[0]?.url ?? '').pathname.slice(3);
      // With SMTP the recipient proves the address with a one-time code; a signed-in owner needs none.
      const fetchAsOwner = (): Promise<Response> =>
        fetch(`${notifying.url}/s/${secret}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
        });
      expect((await fetchAsOwner()).status).toBe(200);
      expect((await fetchAsOwner()).status).toBe(200);
      await notifying.app.vault.ctx.background.drain();
      const notices = sent.filter((m) => m.subject.includes('offert.txt'));
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ to: 'anna@vinnter.se' });
      expect(notices[0]?.text).toContain('anna@vinnter.se downloaded offert.txt');
    } finally {
      await notifying.close();
    }
  });
});
