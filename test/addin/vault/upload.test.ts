/**
 * The vault client against a REAL vault on loopback (in-process, real storage in a temp folder): simple and
 * resumable uploads, resume after a dropped connection, checksum checks both ways, token refresh on 401.
 */
import { randomBytes } from 'node:crypto';
import type { TokenProvider } from '../../../src/addin/auth';
import {
  VaultChecksumError,
  VaultHttpError,
  VaultNetworkError,
  createVaultClient,
  downloadFile,
  sha256Hex,
  uploadToVault,
  type HttpTransport,
  type UploadInput,
} from '../../../src/addin/vault';
import { startTestVault, type TestVault } from '../../server/support/vault';
import { intercept, nodeTransport } from './node-transport';

jest.setTimeout(60_000);
const OWNER = 'anna@vinnter.se';
let vault: TestVault;
beforeAll(async () => {
  vault = await startTestVault({ chunkSize: 64 * 1024 });
});
afterAll(async () => vault?.close());

const tokens = (first?: string): TokenProvider & { calls: number } => {
  const provider = {
    kind: 'dev' as const,
    calls: 0,
    async getToken(options: { forceRefresh?: boolean } = {}) {
      provider.calls += 1;
      if (first !== undefined && !options.forceRefresh) return first;
      return vault.token(OWNER);
    },
  };
  return provider;
};

const noSleep = async (): Promise<void> => undefined;
const client = (transport: HttpTransport = nodeTransport, provider: TokenProvider = tokens()) =>
  createVaultClient({ baseUrl: vault.url, tokens: provider, transport, sleep: noSleep });

async function input(size: number, name = 'lista.csv'): Promise<UploadInput> {
  const bytes = new Uint8Array(randomBytes(size));
  // A csv must sniff as text: printable bytes only, and a fixed first line, so that random letters never
  // open with another format's signature ("PK", "%PDF").
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = 0x41 + ((bytes[i] ?? 0) % 26);
  bytes.set(new TextEncoder().encode('id;namn\n').subarray(0, size));
  return {
    fileName: name,
    contentType: 'text/csv',
    bytes,
    sha256: await sha256Hex(bytes),
    recipients: ['bo@example.com'],
    linkExpiryDays: 14,
  };
}

describe('uploadToVault against a real vault', () => {
  it.each([
    ['one POST for a small file', 10_000, 1024 * 1024, 'POST /api/files'],
    ['the resumable protocol for a larger file', 300_000, 100_000, 'PUT /api/uploads'],
  ])('uses %s', async (_what, size, simpleMaxBytes, expected) => {
    const seen: string[] = [];
    const progress: number[] = [];
    const spy = intercept(nodeTransport, (request, next) => {
      seen.push(`${request.method} ${new URL(request.url).pathname.replace(/[0-9a-z]{20,}/g, ':id')}`);
      return next(request);
    });
    const file = await input(size);
    const stored = await uploadToVault(client(spy), file, {
      simpleMaxBytes,
      onProgress: (sent) => progress.push(sent),
    });
    expect(stored.sha256).toBe(file.sha256);
    expect(stored.size).toBe(size);
    expect(seen.some((s) => s.startsWith(expected))).toBe(true);
    expect(progress[progress.length - 1]).toBe(size);
    expect(await downloadFile(client(), stored.id)).toEqual(file.bytes);
  });

  it('resumes after a dropped connection instead of starting again', async () => {
    const file = await input(400_000);
    let puts = 0;
    let resentFromZero = false;
    const flaky = intercept(nodeTransport, async (request, next) => {
      if (request.method !== 'PUT') return next(request);
      puts += 1;
      const range = String(request.headers['content-range']);
      if (puts > 2 && range.startsWith('bytes 0-')) resentFromZero = true;
      if (puts === 2 && request.body instanceof Uint8Array) {
        // Half the segment reaches the vault, then the connection drops.
        await next({
          ...request,
          body: request.body.subarray(0, 100_000),
          headers: { ...request.headers, 'content-range': range },
        }).catch(() => undefined);
        throw new VaultNetworkError('connection reset');
      }
      return next(request);
    });
    const stored = await uploadToVault(client(flaky), file, { simpleMaxBytes: 100_000 });
    expect(stored.sha256).toBe(file.sha256);
    expect(resentFromZero).toBe(false);
    expect(await downloadFile(client(), stored.id)).toEqual(file.bytes);
  });

  it('waits and resumes when the vault is still writing the torn segment (409 conflict)', async () => {
    const file = await input(200_000);
    let conflicts = 0;
    const busy = intercept(nodeTransport, async (request, next) => {
      if (request.method === 'PUT' && conflicts === 0) {
        conflicts += 1;
        return { status: 409, json: { code: 'conflict', message: 'Another segment is being written.' } };
      }
      return next(request);
    });
    const stored = await uploadToVault(client(busy), file, { simpleMaxBytes: 100_000 });
    expect(stored.sha256).toBe(file.sha256);
    expect(conflicts).toBe(1);
  });

  it('refuses (422) bytes that do not match the declared SHA-256, and nothing is kept', async () => {
    const file = await input(5000);
    const corrupt = intercept(nodeTransport, (request, next) => {
      if (!(request.body instanceof Uint8Array)) return next(request);
      const body = request.body.slice();
      // The last byte: the first ones decide the sniffed type, which must stay that of the declared file.
      body[body.length - 1] = (body[body.length - 1] ?? 0) ^ 1;
      return next({ ...request, body });
    });
    await expect(uploadToVault(client(corrupt), file)).rejects.toMatchObject({
      name: 'VaultHttpError',
      status: 422,
      code: 'checksum-mismatch',
    });
  });

  it('does not trust a 201 whose SHA-256 differs from the one read from the draft', async () => {
    const file = await input(5000);
    const lying = intercept(nodeTransport, async (request, next) => {
      const answer = await next(request);
      return answer.status === 201
        ? { ...answer, json: { ...(answer.json as object), sha256: 'a'.repeat(64) } }
        : answer;
    });
    await expect(uploadToVault(client(lying), file)).rejects.toBeInstanceOf(VaultChecksumError);
  });

  it('asks for a fresh token once when the vault says 401', async () => {
    const provider = tokens('expired-token');
    const stored = await uploadToVault(client(nodeTransport, provider), await input(2000));
    expect(stored.id).toBeTruthy();
    expect(provider.calls).toBe(2);
  });

  it('gives up with the vault answer when the fresh token is refused too', async () => {
    const always = { kind: 'dev' as const, getToken: async () => 'not-a-token' };
    await expect(uploadToVault(client(nodeTransport, always), await input(2000))).rejects.toMatchObject({
      status: 401,
    });
  });

  it('retries a 500 and reports it when it persists', async () => {
    let calls = 0;
    const broken = intercept(nodeTransport, async () => {
      calls += 1;
      return { status: 500, json: { code: 'internal', message: 'Internal error' } };
    });
    const error = await uploadToVault(client(broken), await input(2000)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VaultHttpError);
    expect(calls).toBe(4);
  });
});
