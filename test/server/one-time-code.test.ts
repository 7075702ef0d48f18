import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { UploadResponse } from '../../src/contract';
import { hashSecret } from '../../src/server/crypto/ids';
import { openMetadata } from '../../src/server/deps';
import { smtpMailer } from '../../src/server/services/mailer';
import { startTestVault, upload, type TestVault } from './support/vault';

/** Enough of RFC 2045 quoted-printable to read the mail text. */
function decodeQuotedPrintable(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    const hex = joined[i] === '=' ? /^[0-9A-F]{2}/.exec(joined.slice(i + 1, i + 3)) : null;
    if (hex !== null) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(joined.charCodeAt(i) & 0xff);
  }
  return Buffer.from(bytes).toString('utf8');
}

interface Received {
  readonly to: string[];
  readonly raw: string;
}

/** External recipients with SMTP configured: address + one-time code, mailed through a loopback SMTP server. */
describe('one-time codes for external recipients', () => {
  let smtp: SMTPServer;
  let vault: TestVault;
  let mailer: ReturnType<typeof smtpMailer>;
  const inbox: Received[] = [];
  let secret: string;
  /** While set, the SMTP server holds each message until the test lets it through. */
  let gate: Promise<void> | null = null;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const parts: Buffer[] = [];
        stream.on('data', (data: Buffer) => parts.push(data));
        stream.on('end', () => {
          void (gate ?? Promise.resolve()).then(() => {
            inbox.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              raw: Buffer.concat(parts).toString('utf8'),
            });
            callback();
          });
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    mailer = smtpMailer(`smtp://127.0.0.1:${port}`, 'Mail Guard <vault@vinnter.se>');
    vault = await startTestVault({ mailer, config: { smtpUrl: `smtp://127.0.0.1:${port}` } });
    const res = await upload(vault, await vault.token('anna@vinnter.se'), Buffer.from('avtal'), {
      recipients: 'kund@partner.se, lock@partner.se, flood@partner.se, late@partner.se, burn@partner.se',
    });
    secret = new URL(((await res.json()) as UploadResponse).links[0]?.url ?? '').pathname.slice(3);
  });
  afterAll(async () => {
    mailer.close();
    await vault.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  const post = (body: Record<string, string>, lang = 'en'): Promise<Response> =>
    fetch(`${vault.url}/s/${secret}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': lang },
      body: JSON.stringify(body),
    });
  /** Codes are mailed after the answer: wait for the vault's background work before reading the inbox. */
  const settled = (): Promise<void> => vault.app.vault.ctx.background.drain();
  const mailsTo = (address: string): number => inbox.filter((m) => m.to.includes(address)).length;
  const lastCodeFor = (address: string): string => {
    const mail = [...inbox].reverse().find((m) => m.to.includes(address));
    const code = mail === undefined ? null : /\b(\d{6})\b/.exec(mail.raw.replace(/=\r?\n/g, ''));
    if (code?.[1] === undefined) throw new Error(`no code mailed to ${address}`);
    return code[1];
  };
  const requestCode = async (email: string): Promise<string> => {
    expect((await post({ email })).status).toBe(202);
    await settled();
    return lastCodeFor(email);
  };
  const wrongFor = (code: string): string => (code === '999999' ? '888888' : '999999');

  it('mails a code to a listed address and downloads only with it', async () => {
    const asked = await post({ email: 'Kund@Partner.se' }, 'sv');
    expect(asked.status).toBe(202);
    await settled();
    const code = lastCodeFor('kund@partner.se');
    expect(decodeQuotedPrintable(inbox.at(-1)?.raw ?? '')).toContain('Din engångskod');
    expect((await post({ email: 'kund@partner.se', code: wrongFor(code) })).status).toBe(403);
    const ok = await post({ email: 'kund@partner.se', code });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('avtal');
    expect((await post({ email: 'kund@partner.se', code })).status).toBe(403); // one-time
  });

  it('answers the same for an unlisted address but mails nothing', async () => {
    const before = inbox.length;
    const res = await post({ email: 'mallory@evil.example' });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ status: 'code-sent' });
    await settled();
    expect(inbox.length).toBe(before);
    expect((await post({ email: 'mallory@evil.example', code: '123456' })).status).toBe(403);
  });

  it('answers before the mail is sent, so timing does not tell listed from unlisted', async () => {
    let release = (): void => undefined;
    gate = new Promise<void>((resolve) => (release = resolve));
    try {
      const before = mailsTo('late@partner.se');
      // The SMTP server holds the message: an answer that waited for the mail could not arrive now.
      expect((await post({ email: 'late@partner.se' })).status).toBe(202);
      expect(mailsTo('late@partner.se')).toBe(before);
      release();
      await settled();
      expect(mailsTo('late@partner.se')).toBe(before + 1);
    } finally {
      release();
      gate = null;
    }
  });

  it('burns the code after five wrong guesses', async () => {
    const code = await requestCode('burn@partner.se');
    for (let i = 0; i < 5; i += 1)
      expect((await post({ email: 'burn@partner.se', code: wrongFor(code) })).status).toBe(403);
    const after = await post({ email: 'burn@partner.se', code });
    expect(after.status).toBe(429); // the fifth wrong code also locked the pair
    expect(await after.json()).toMatchObject({ code: 'rate-limited' });
  });

  it('counts wrong codes across new codes and locks the pair for an hour', async () => {
    const first = await requestCode('lock@partner.se');
    for (let i = 0; i < 3; i += 1)
      expect((await post({ email: 'lock@partner.se', code: wrongFor(first) })).status).toBe(403);
    const second = await requestCode('lock@partner.se'); // a new code does not start the count over
    expect(second).toMatch(/^\d{6}$/);
    expect((await post({ email: 'lock@partner.se', code: wrongFor(second) })).status).toBe(403);
    expect((await post({ email: 'lock@partner.se', code: wrongFor(second) })).status).toBe(403);
    expect((await post({ email: 'lock@partner.se', code: second })).status).toBe(429);
    const mailed = mailsTo('lock@partner.se');
    expect((await post({ email: 'lock@partner.se' })).status).toBe(202); // same answer while locked…
    await settled();
    expect(mailsTo('lock@partner.se')).toBe(mailed); // …but no code goes out
    vault.clock.advanceDays(61 / 1440);
    const fresh = await requestCode('lock@partner.se');
    const ok = await post({ email: 'lock@partner.se', code: fresh });
    expect(ok.status).toBe(200);
  });

  it('locks an unlisted address the same way, so the lock reveals nothing', async () => {
    for (let i = 0; i < 5; i += 1)
      expect((await post({ email: 'guess@evil.example', code: '123456' })).status).toBe(403);
    expect((await post({ email: 'guess@evil.example', code: '123456' })).status).toBe(429);
  });

  it('mails at most five codes per recipient and link an hour', async () => {
    for (let i = 0; i < 8; i += 1) expect((await post({ email: 'flood@partner.se' })).status).toBe(202);
    await settled();
    expect(mailsTo('flood@partner.se')).toBe(5);
    vault.clock.advanceDays(61 / 1440);
    await requestCode('flood@partner.se');
    expect(mailsTo('flood@partner.se')).toBe(6);
  });

  it('keeps the counts in the database, where every instance sees them', async () => {
    for (let i = 0; i < 5; i += 1) await post({ email: 'stored@evil.example', code: '123456' });
    const link = await vault.app.vault.ctx.meta.getLinkBySecretHash(hashSecret(secret));
    const other = await openMetadata(vault.config); // a second connection, as another process would open
    try {
      const until = await other.codeLockedUntil(link?.id ?? '', 'stored@evil.example', vault.clock.now());
      expect(until?.getTime()).toBeGreaterThan(vault.clock.now().getTime());
    } finally {
      await other.close();
    }
  });

  it('serves the code step as an HTML form for browsers', async () => {
    const res = await fetch(`${vault.url}/s/${secret}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'sv' },
      body: 'email=kund%40partner.se',
    });
    expect(res.status).toBe(202);
    const html = await res.text();
    expect(html).toContain('name="code"');
    expect(html).toContain('value="kund@partner.se"');
  });
});
