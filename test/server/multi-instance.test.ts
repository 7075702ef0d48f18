import type { ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { UploadResponse, UploadSession } from '../../src/contract';
import { PG_URL, dropPgSchema, pgConfig, startS3, tempDir } from './support/adapters';
import { FakeOidcProvider } from './support/fake-oidc';
import { RoundRobinProxy, cookiesFrom, send, type Answer } from './support/round-robin';
import { buildCliIfStale, startVaultProcess } from '../support/vault-process';

const TENANT = '11111111-2222-3333-4444-555555555555';
const CLIENT_ID = '99999999-8888-7777-6666-555555555555';
const CLIENT_SECRET = 'client-secret-value-for-tests';
const AUDIENCE = 'api://mailguard-vault';
/** The vault's default chunk: a resumable segment is a whole number of these. */
const CHUNK = 256 * 1024;
/** Requests per minute and client on each landing route, shared by the instances. */
const LANDING_LIMIT = 20;
const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

if (!PG_URL) {
  console.warn(
    'MAILGUARD_TEST_PG_URL is not set: the two-instance test (PostgreSQL + S3 behind a round-robin proxy) is skipped.',
  );
}
const describePg = PG_URL ? describe : describe.skip;

/**
 * Two real vault processes sharing one PostgreSQL schema, one S3 bucket (s3rver) and one master key, behind
 * a round-robin TLS proxy with no sticky routing. Each multi-step flow is driven through the proxy, so its
 * steps alternate between the instances; the proxy's log proves that both served each flow.
 */
describePg('two vault instances behind a round-robin proxy', () => {
  jest.setTimeout(120_000);
  let provider: FakeOidcProvider;
  let proxy: RoundRobinProxy;
  let s3: Awaited<ReturnType<typeof startS3>>;
  let smtp: SMTPServer;
  const inbox: string[] = [];
  let schema = '';
  const dirs: string[] = [];
  const vaults: ChildProcess[] = [];
  let bearer: Record<string, string>;

  beforeAll(async () => {
    schema = pgConfig().schema;
    await buildCliIfStale();
    provider = await FakeOidcProvider.start(TENANT, CLIENT_ID, CLIENT_SECRET);
    proxy = await RoundRobinProxy.start();
    s3 = await startS3();
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, _session, callback) {
        let raw = '';
        stream.on('data', (data: Buffer) => (raw += data.toString('utf8')));
        stream.on('end', () => {
          inbox.push(raw);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const blobs = s3.config('blobs/');
    if (blobs.kind !== 's3' || blobs.endpoint === undefined) throw new Error('s3rver config');
    const env: Record<string, string> = {
      MAILGUARD_LOG_LEVEL: 'warn',
      MAILGUARD_MASTER_KEY: randomBytes(32).toString('hex'),
      MAILGUARD_PUBLIC_URL: proxy.url,
      MAILGUARD_TENANT_ID: TENANT,
      MAILGUARD_AUDIENCE: AUDIENCE,
      MAILGUARD_JWKS_URL: provider.jwksUrl,
      MAILGUARD_ENTRA_CLIENT_ID: CLIENT_ID,
      MAILGUARD_ENTRA_CLIENT_SECRET: CLIENT_SECRET,
      MAILGUARD_ENTRA_AUTHORITY: provider.authority,
      MAILGUARD_DATABASE_URL: PG_URL ?? '',
      MAILGUARD_DATABASE_SCHEMA: schema,
      MAILGUARD_S3_BUCKET: blobs.bucket,
      MAILGUARD_S3_ENDPOINT: blobs.endpoint,
      MAILGUARD_S3_REGION: blobs.region,
      MAILGUARD_S3_PATH_STYLE: 'true',
      MAILGUARD_S3_PREFIX: blobs.prefix,
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      MAILGUARD_SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      // Low enough to reach in a test, well above what the other flows use of any one landing route.
      MAILGUARD_LANDING_RATE_LIMIT: String(LANDING_LIMIT),
    };
    // Both start at once against the new schema: the migrations must serialise, not collide.
    for (let i = 0; i < 2; i += 1) dirs.push(await tempDir('mg-instance-'));
    const started = await Promise.all(dirs.map((dataDir) => startVaultProcess({ dataDir, env })));
    vaults.push(...started.map((vault) => vault.child));
    proxy.targets = started.map((vault) => vault.url);
    bearer = { authorization: `Bearer ${await provider.accessToken('anna@vinnter.se', AUDIENCE)}` };
  });

  afterAll(async () => {
    for (const child of vaults) child.kill('SIGTERM');
    await Promise.all(vaults.map((child) => new Promise((resolve) => child.once('exit', resolve))));
    await proxy?.close();
    await provider?.close();
    await s3?.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    if (schema !== '') await dropPgSchema(schema);
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  const json = <T>(answer: Answer): T => JSON.parse(answer.body.toString('utf8')) as T;

  /** Shares `bytes` with one-shot upload and returns the link's secret. */
  async function share(bytes: Buffer, recipients: string): Promise<string> {
    const res = await send(proxy, '/api/files', {
      method: 'POST',
      headers: {
        ...bearer,
        'content-type': 'text/plain',
        'x-file-name': 'avtal.txt',
        'x-content-sha256': sha(bytes),
        'x-recipients': recipients,
      },
      body: bytes,
    });
    expect(res.status).toBe(201);
    return new URL(json<UploadResponse>(res).links[0]?.url ?? '').pathname.slice(3);
  }

  it('runs a resumable upload whose segments, offset checks and commit alternate between instances', async () => {
    const mark = proxy.log.length;
    const bytes = Buffer.alloc(CHUNK * 5 + 1234);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 7 + (i >> 10)) & 0xff;
    const created = await send(proxy, '/api/uploads', {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: JSON.stringify({
        fileName: 'stor.bin',
        contentType: 'application/octet-stream',
        size: bytes.length,
        sha256: sha(bytes),
        recipients: ['bo@example.com'],
      }),
    });
    expect(created.status).toBe(201);
    const { id } = json<UploadSession>(created);
    // The same first segment sent twice at once lands on both instances: exactly one may record it.
    const first = (): Promise<Answer> =>
      send(proxy, `/api/uploads/${id}`, {
        method: 'PUT',
        headers: { ...bearer, 'content-range': `bytes 0-${CHUNK - 1}/${bytes.length}` },
        body: bytes.subarray(0, CHUNK),
      });
    const racing = await Promise.all([first(), first()]);
    expect(racing.map((answer) => answer.status).sort()).toEqual([200, 409]);
    // Segments of two chunks each plus a torn tail (dropped, as a broken connection's would be).
    let offset = CHUNK;
    while (offset < bytes.length) {
      const end = Math.min(offset + 2 * CHUNK + 100, bytes.length);
      const put = await send(proxy, `/api/uploads/${id}`, {
        method: 'PUT',
        headers: { ...bearer, 'content-range': `bytes ${offset}-${end - 1}/${bytes.length}` },
        body: bytes.subarray(offset, end),
      });
      expect(put.status).toBe(200);
      // Both instances report the offset the writer recorded (three requests a round, so PUTs alternate too).
      for (let i = 0; i < 2; i += 1) {
        const status = json<UploadSession>(await send(proxy, `/api/uploads/${id}`, { headers: bearer }));
        expect(status.offset).toBe(json<UploadSession>(put).offset);
        expect(status.offset === bytes.length || status.offset % CHUNK === 0).toBe(true);
      }
      offset = json<UploadSession>(put).offset;
    }
    const stale = await send(proxy, `/api/uploads/${id}`, {
      method: 'PUT',
      headers: { ...bearer, 'content-range': `bytes 0-${CHUNK - 1}/${bytes.length}` },
      body: bytes.subarray(0, CHUNK),
    });
    expect(stale.status).toBe(409);
    const committed = await send(proxy, `/api/uploads/${id}/commit`, { method: 'POST', headers: bearer });
    expect(committed.status).toBe(201);
    const file = json<UploadResponse>(committed);
    for (let i = 0; i < 2; i += 1) {
      const back = await send(proxy, `/api/files/${file.id}/content`, { headers: bearer });
      expect(sha(back.body)).toBe(sha(bytes));
    }
    expect(proxy.instancesSince(mark)).toEqual(new Set([0, 1]));
    const puts = proxy.log.slice(mark).filter((entry) => entry.method === 'PUT');
    expect(new Set(puts.map((entry) => entry.instance))).toEqual(new Set([0, 1]));
  });

  it('finishes a work-account sign-in on the other instance than the one that started it', async () => {
    const secret = await share(Buffer.from('löneunderlag'), 'bo@vinnter.se');
    provider.nextUser = 'bo@vinnter.se';
    const mark = proxy.log.length;
    const start = await send(proxy, `/s/${secret}/signin`);
    expect(start.status).toBe(303);
    const flowCookie = cookiesFrom(start);
    const atProvider = await fetch(String(start.headers['location']), { redirect: 'manual' });
    const callback = new URL(atProvider.headers.get('location') ?? '');
    expect(callback.origin).toBe(proxy.url);
    const finished = await send(proxy, callback.pathname + callback.search, {
      headers: { cookie: flowCookie },
    });
    expect(finished.status).toBe(303);
    expect(finished.headers['location']).toBe(`/s/${secret}`);
    const session = cookiesFrom(finished);
    expect(session).toContain('mg_link_session=');
    const [startedOn, finishedOn] = proxy.log.slice(mark).map((entry) => entry.instance);
    expect(startedOn).not.toBe(finishedOn);
    // The proof cookie is accepted by both instances (two downloads, one on each).
    const downloads = [];
    for (let i = 0; i < 2; i += 1) {
      downloads.push(await send(proxy, `/s/${secret}`, { method: 'POST', headers: { cookie: session } }));
    }
    expect(downloads.map((d) => d.status)).toEqual([200, 200]);
    expect(downloads[0]?.body.toString('utf8')).toBe('löneunderlag');
    // Replaying the callback on either instance finds nothing: the sign-in was taken once.
    for (let i = 0; i < 2; i += 1) {
      const again = await send(proxy, callback.pathname + callback.search, {
        headers: { cookie: flowCookie },
      });
      expect(again.status).toBe(400);
    }
    expect(proxy.instancesSince(mark)).toEqual(new Set([0, 1]));
  });

  it('mails a one-time code from one instance and accepts it on the other', async () => {
    const secret = await share(Buffer.from('avtal för kund'), 'kund@partner.se');
    const mark = proxy.log.length;
    const before = inbox.length;
    const asked = await send(proxy, `/s/${secret}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'kund@partner.se' }),
    });
    expect(asked.status).toBe(202);
    for (let i = 0; i < 200 && inbox.length === before; i += 1) await sleep(25);
    const code = /\b(\d{6})\b/.exec((inbox.at(-1) ?? '').replace(/=\r?\n/g, ''))?.[1] ?? '';
    expect(code).toMatch(/^\d{6}$/);
    const redeem = (value: string): Promise<Answer> =>
      send(proxy, `/s/${secret}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'kund@partner.se', code: value }),
      });
    const ok = await redeem(code);
    expect(ok.status).toBe(200);
    expect(ok.body.toString('utf8')).toBe('avtal för kund');
    const steps = proxy.log.slice(mark).map((entry) => entry.instance);
    expect(steps[0]).not.toBe(steps[1]); // asked on one instance, redeemed on the other
    // Used once, it is gone for both: back on the first instance it no longer opens the file.
    expect((await redeem(code)).status).toBe(403);
    expect(proxy.instancesSince(mark)).toEqual(new Set([0, 1]));
  });

  it('holds a landing-page rate limit across both instances: one count, one limit', async () => {
    const mark = proxy.log.length;
    // A landing route no earlier step used, so its window starts here.
    const answers: Answer[] = [];
    for (let i = 0; i < LANDING_LIMIT + 4; i += 1)
      answers.push(await send(proxy, `/s/${randomBytes(32).toString('base64url')}`));
    const served = answers.slice(0, LANDING_LIMIT);
    expect(served.every((answer) => answer.status !== 429)).toBe(true);
    // Alternate instances, one counter: the remaining count falls by one on every request, whoever answers.
    expect(served.map((answer) => Number(answer.headers['x-ratelimit-remaining']))).toEqual(
      served.map((_, i) => LANDING_LIMIT - 1 - i),
    );
    expect(answers.slice(LANDING_LIMIT).map((answer) => answer.status)).toEqual([429, 429, 429, 429]);
    const instances = proxy.log.slice(mark).map((entry) => entry.instance);
    expect(new Set(instances.slice(0, LANDING_LIMIT))).toEqual(new Set([0, 1]));
    expect(new Set(instances.slice(LANDING_LIMIT))).toEqual(new Set([0, 1])); // both refuse
  });
});
