import { readFile, readdir, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import type { UploadResponse } from '../../src/contract';
import { startTestVault, upload, type TestVault } from './support/vault';

/** A request that reports a torn connection instead of throwing, so both outcomes can be inspected. */
function get(
  url: string,
  token: string,
): Promise<{ status: number; type: string; body: string } | 'aborted'> {
  return new Promise((resolve) => {
    const req = httpRequest(url, { headers: { authorization: `Bearer ${token}` } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }),
      );
      res.on('error', () => resolve('aborted'));
      res.on('aborted', () => resolve('aborted'));
    });
    req.on('error', () => resolve('aborted'));
    req.end();
  });
}

const isErrorShape = (body: string): boolean => {
  const parsed = JSON.parse(body) as Record<string, unknown>;
  return (
    Object.keys(parsed).sort().join(',') === 'code,message,requestId' &&
    typeof parsed['code'] === 'string' &&
    !('statusCode' in parsed) &&
    !('error' in parsed)
  );
};

describe('one error shape on every path', () => {
  let vault: TestVault;
  let anna: string;
  beforeAll(async () => {
    vault = await startTestVault({ chunkSize: 1024 });
    anna = await vault.token('anna@vinnter.se');
  });
  afterAll(() => vault.close());

  const stored = async (bytes: Buffer): Promise<{ id: string; blob: string }> => {
    const { id } = (await (await upload(vault, anna, bytes)).json()) as UploadResponse;
    const root = join(vault.config.dataDir, 'blobs', id.slice(0, 2));
    expect(await readdir(root)).toContain(id);
    return { id, blob: join(root, id) };
  };

  it.each([
    ['garbage', (): Buffer => Buffer.from('not an encrypted blob at all')],
    ['empty', (): Buffer => Buffer.alloc(0)],
    ['zeros', (): Buffer => Buffer.alloc(4096)],
  ])(
    'a corrupted blob (%s) is answered in our shape, never with plaintext or a framework body',
    async (_label, corrupt) => {
      const { id, blob } = await stored(Buffer.from('hemlig text '.repeat(10)));
      await writeFile(blob, corrupt());
      const res = await get(`${vault.url}/api/files/${id}/content`, anna);
      if (res !== 'aborted') {
        expect(res.status).toBeGreaterThanOrEqual(500);
        expect(res.type).toMatch(/^application\/json/);
        expect(isErrorShape(res.body)).toBe(true);
        expect(res.body).not.toContain('hemlig');
      }
    },
  );

  it('a blob corrupted after its first chunk tears the connection without plaintext of the bad chunk', async () => {
    const { id, blob } = await stored(Buffer.alloc(5000, 0x61));
    const bytes = await readFile(blob);
    const at = bytes.length - 20; // inside the last chunk
    bytes[at] = (bytes[at] ?? 0) ^ 0xff;
    await writeFile(blob, bytes);
    const res = await get(`${vault.url}/api/files/${id}/content`, anna);
    if (res !== 'aborted') expect(res.body.length).toBeLessThan(5000);
  });

  it.each([
    ['unknown route', 'GET', '/api/nothing-here', undefined],
    ['bad JSON', 'POST', '/api/uploads', '{'],
    ['wrong type', 'POST', '/api/uploads', '{"fileName": 3}'],
    ['unsupported media type', 'PUT', '/api/uploads/AAAAAAAAAAAAAAAAAAAAAA', undefined],
    ['a preflight without an allowed origin', 'OPTIONS', '/api/files', undefined],
  ])('%s', async (_label, method, path, body) => {
    const res = await fetch(`${vault.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${anna}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body }),
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(isErrorShape(await res.text())).toBe(true);
  });
});
