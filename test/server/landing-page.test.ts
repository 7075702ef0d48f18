/**
 * The recipient's landing page over real HTTP: who sent what until when, in the reader's language, the
 * company's name and logo, strict CSP; `/healthz` says loudly when there is no SMTP.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { UploadResponse } from '../../src/contract';
import { AuthError, type TokenVerifier } from '../../src/server/auth/principal';
import { formatSize } from '../../src/server/routes/landing-text';
import type { Mailer } from '../../src/server/services/mailer';
import { tempDir } from './support/adapters';
import { startTestVault, upload, type TestVault } from './support/vault';

jest.setTimeout(60_000);
/** A 1×1 PNG: the smallest real logo file. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** Tokens name people with display names (the dev issuer only knows addresses). */
const people: TokenVerifier = {
  async verify(token) {
    if (token !== 'anna') throw new AuthError('unknown test token');
    return { email: 'anna@vinnter.se', name: 'Anna Andersson', isDpo: false };
  },
};

const secretOf = (body: UploadResponse): string => new URL(body.links[0]?.url ?? '').pathname.slice(3);
const landing = (vault: TestVault, secret: string, lang: string): Promise<Response> =>
  fetch(`${vault.url}/s/${secret}`, { headers: { 'accept-language': lang } });

describe('landing page without SMTP', () => {
  let vault: TestVault;
  let secret: string;
  beforeAll(async () => {
    const dir = await tempDir('mg-logo-');
    const logoFile = join(dir, 'logo.png');
    await writeFile(logoFile, PNG);
    vault = await startTestVault({
      config: { brand: { name: 'Vinnter AB', logoFile } },
      verifier: people,
    });
    const token = 'anna';
    const bytes = Buffer.alloc(1_234_567, 0x41);
    const res = await upload(vault, token, bytes, { name: "Avtal & bilaga 'utkast'.txt" });
    const body = (await res.json()) as UploadResponse;
    if (res.status !== 201) throw new Error(JSON.stringify(body));
    secret = secretOf(body);
  });
  afterAll(() => vault.close());

  it('names the company, the sender, the file, its size and expiry, in Swedish', async () => {
    const res = await landing(vault, secret, 'sv-SE,sv;q=0.9,en;q=0.5');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<title>Säker fil från Vinnter AB</title>');
    expect(html).toContain('Anna Andersson har delat en fil med dig');
    expect(html).toContain('&lt;anna@vinnter.se&gt;');
    expect(html).toContain('Avtal &#38; bilaga &#39;utkast&#39;.txt'); // escaped, never markup
    expect(html).toContain('1,2 MB');
    expect(html).toMatch(/Kan hämtas till<\/dt><dd><time datetime="[^"]+">\d{1,2} \w+ 20\d\d/);
    expect(html).toContain('Är adressen en av mottagarna hämtas filen direkt.');
    expect(html).toContain('src="data:image/png;base64,');
    expect(html).toContain('alt="Vinnter ABs logotyp"');
    expect(html).toContain('<label for="email">Din e-postadress</label>');
  });

  it('speaks English to others', async () => {
    const html = await (await landing(vault, secret, 'de-DE,en;q=0.8')).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Anna Andersson shared a file with you');
    expect(html).toContain('1.2 MB');
    expect(html).toContain('What happens next');
  });

  it('is served with a strict CSP that allows only its own style block', async () => {
    const res = await landing(vault, secret, 'en');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    const html = await res.text();
    const style = /<style>([^<]*)<\/style>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(style, 'utf8').digest('base64');
    expect(csp).toContain(`'sha256-${hash}'`);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//); // no third-party resources
    expect(html).not.toContain('<script');
  });

  it('says the same trustworthy things on a dead link, without file details', async () => {
    const res = await landing(vault, 'A'.repeat(43), 'sv');
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('Vinnter AB');
    expect(html).not.toContain('Avtal');
  });

  it('warns in /healthz that recipients are checked by address only', async () => {
    const body = (await (await fetch(`${vault.url}/healthz`)).json()) as { warnings: string[] };
    expect(body.warnings).toEqual([expect.stringContaining('checked by address only')]);
  });
});

describe('landing page with SMTP', () => {
  let vault: TestVault;
  const mailer: Mailer = { send: async () => undefined };
  beforeAll(async () => {
    vault = await startTestVault({ mailer });
  });
  afterAll(() => vault.close());

  it('tells the recipient a code is coming, and /healthz has no warning', async () => {
    const token = await vault.token('anna@vinnter.se');
    const res = await upload(vault, token, Buffer.from('hej'));
    const html = await (await landing(vault, secretOf((await res.json()) as UploadResponse), 'en')).text();
    expect(html).toContain('we send a one-time code to it');
    expect(html).toContain('Secure file from Mail Guard');
    const health = (await (await fetch(`${vault.url}/healthz`)).json()) as { warnings: string[] };
    expect(health.warnings).toEqual([]);
  });
});

describe('formatSize', () => {
  it.each([
    [0, 'en', '0 B'],
    [999, 'en', '999 B'],
    [1_500, 'sv', '1,5 kB'],
    [250_000_000, 'en', '250 MB'],
  ] as const)('%d bytes in %s is %s', (bytes, lang, text) => {
    expect(formatSize(bytes, lang).replace(/\u00a0/g, ' ')).toBe(text);
  });
});
