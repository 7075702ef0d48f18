import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { UploadResponse } from '../../src/contract';
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

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const parts: Buffer[] = [];
        stream.on('data', (data: Buffer) => parts.push(data));
        stream.on('end', () => {
          inbox.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(parts).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    mailer = smtpMailer(`smtp://127.0.0.1:${port}`, 'Mail Guard <vault@vinnter.se>');
    vault = await startTestVault({ mailer, config: { smtpUrl: `smtp://127.0.0.1:${port}` } });
    const res = await upload(vault, await vault.token('anna@vinnter.se'), Buffer.from('avtal'), {
      recipients: 'kund@partner.se',
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
  const lastCodeFor = (address: string): string => {
    const mail = [...inbox].reverse().find((m) => m.to.includes(address));
    const code = mail === undefined ? null : /\b(\d{6})\b/.exec(mail.raw.replace(/=\r?\n/g, ''));
    if (code?.[1] === undefined) throw new Error(`no code mailed to ${address}`);
    return code[1];
  };

  it('mails a code to a listed address and downloads only with it', async () => {
    const asked = await post({ email: 'Kund@Partner.se' }, 'sv');
    expect(asked.status).toBe(202);
    const code = lastCodeFor('kund@partner.se');
    expect(decodeQuotedPrintable(inbox.at(-1)?.raw ?? '')).toContain('Din engångskod');
    expect(
      (await post({ email: 'kund@partner.se', code: code === '000000' ? '111111' : '000000' })).status,
    ).toBe(403);
    const ok = await post({ email: 'kund@partner.se', code });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('avtal');
    expect((await post({ email: 'kund@partner.se', code })).status).toBe(403); // one-time
  });

  it('answers the same for an unlisted address but mails nothing', async () => {
    const before = inbox.length;
    const res = await post({ email: 'mallory@evil.example' });
    expect(res.status).toBe(202);
    expect(inbox.length).toBe(before);
    expect((await post({ email: 'mallory@evil.example', code: '123456' })).status).toBe(403);
  });

  it('burns the code after five wrong guesses', async () => {
    await post({ email: 'kund@partner.se' });
    const code = lastCodeFor('kund@partner.se');
    const wrong = code === '999999' ? '888888' : '999999';
    for (let i = 0; i < 5; i += 1)
      expect((await post({ email: 'kund@partner.se', code: wrong })).status).toBe(403);
    expect((await post({ email: 'kund@partner.se', code })).status).toBe(403);
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
