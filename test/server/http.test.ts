import { readdir } from 'node:fs/promises';
import type { UploadResponse } from '../../src/contract';
import { startTestVault, stagingDir, upload, type TestVault } from './support/vault';

describe('vault HTTP surface', () => {
  let vault: TestVault;
  let anna: string;
  beforeAll(async () => {
    vault = await startTestVault();
    anna = await vault.token('anna@vinnter.se');
  });
  afterAll(() => vault.close());

  it('serves liveness', async () => {
    const res = await fetch(`${vault.url}/healthz`);
    expect(await res.json()).toEqual({ status: 'ok', warnings: [expect.stringContaining('No SMTP')] });
  });

  it('documents every route as OpenAPI 3.1', async () => {
    const doc = (await (await fetch(`${vault.url}/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          {
            security?: unknown;
            responses?: Record<string, unknown>;
            requestBody?: { content: Record<string, unknown> };
          }
        >
      >;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/audit/verify',
      '/api/console/me',
      '/api/console/sign-in',
      '/api/decisions',
      '/api/decisions/summary',
      '/api/dev/token',
      '/api/files',
      '/api/files/{id}',
      '/api/files/{id}/content',
      '/api/files/{id}/legal-hold',
      '/api/limits',
      '/api/links',
      '/api/links/{id}',
      '/api/stored-files',
      '/api/subjects',
      '/api/uploads',
      '/api/uploads/{id}',
      '/api/uploads/{id}/commit',
      '/healthz',
      '/s/{token}',
    ]);
    expect(Object.keys(doc.paths['/api/files']?.['post']?.responses ?? {})).toEqual(
      expect.arrayContaining(['201', '401', '413', '415', '422']),
    );
    expect(Object.keys(doc.paths['/api/files']?.['post']?.requestBody?.content ?? {})).toEqual([
      'application/octet-stream',
    ]);
    expect(Object.keys(doc.paths['/api/uploads/{id}']?.['put']?.requestBody?.content ?? {})).toEqual([
      'application/octet-stream',
    ]);
    for (const [path, operations] of Object.entries(doc.paths)) {
      if (!path.startsWith('/api/') || ['/api/dev/token', '/api/console/sign-in'].includes(path)) continue;
      for (const operation of Object.values(operations))
        expect(operation.security).toEqual([{ bearerAuth: [] }]);
    }
  });

  it('tells the add-in its limits', async () => {
    expect((await fetch(`${vault.url}/api/limits`)).status).toBe(401);
    const limits = await (
      await fetch(`${vault.url}/api/limits`, { headers: { authorization: `Bearer ${anna}` } })
    ).json();
    expect(limits).toEqual({
      maxFileBytes: 250 * 1024 * 1024,
      chunkSize: 64 * 1024,
      linkExpiryDays: 30,
      retentionClasses: { short: 30, standard: 365, long: 3650 },
      defaultRetentionClass: 'standard',
      oneTimeCodes: false,
      virusScanning: false,
    });
  });

  it('validates the dev token request', async () => {
    const post = (body: unknown): Promise<Response> =>
      fetch(`${vault.url}/api/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post({ email: 'a@b.se' })).status).toBe(200);
    expect((await post({ email: 'nope' })).status).toBe(400);
    expect((await post({ email: 'a@b.se', roles: ['admin'] })).status).toBe(400);
    expect((await post({ email: 'a@b.se', extra: 1 })).status).toBe(400);
  });

  it('answers 500 without internals when something unexpected breaks', async () => {
    const meta = vault.app.vault.ctx.meta;
    const original = meta.getFile.bind(meta);
    meta.getFile = async () => {
      throw new Error('SQLITE_CORRUPT: database disk image is malformed at /var/lib/secret/vault.db');
    };
    try {
      const res = await fetch(`${vault.url}/api/files/AAAAAAAAAAAAAAAAAAAAAA`, {
        headers: { authorization: `Bearer ${anna}` },
      });
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(JSON.parse(text)).toMatchObject({ code: 'internal' });
      expect(text).not.toMatch(/SQLITE|secret|stack|at /);
      expect(vault.logs()).toContain('SQLITE_CORRUPT'); // …but the operator can find it by request id
    } finally {
      meta.getFile = original;
    }
  });

  it('gives a clean 503 and keeps nothing when blob storage fails (disk full)', async () => {
    const blobs = vault.app.vault.ctx.blobs;
    const original = blobs.commit.bind(blobs);
    blobs.commit = async () => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    };
    try {
      const res = await upload(vault, anna, Buffer.from('x'));
      expect(res.status).toBe(503);
      const body = (await res.json()) as { code: string; message: string };
      expect(body.code).toBe('storage-unavailable');
      expect(body.message).toContain('keep the attachment');
      expect(await readdir(stagingDir(vault))).toEqual([]);
    } finally {
      blobs.commit = original;
    }
  });

  it('erases at once even when the blob cannot be deleted yet; the worker finishes later', async () => {
    const stored = (await (await upload(vault, anna, Buffer.from('radera'))).json()) as UploadResponse;
    const blobs = vault.app.vault.ctx.blobs;
    const original = blobs.delete.bind(blobs);
    blobs.delete = async () => {
      throw new Error('EIO');
    };
    try {
      const del = await fetch(`${vault.url}/api/files/${stored.id}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${anna}` },
      });
      expect(del.status).toBe(204);
    } finally {
      blobs.delete = original;
    }
    expect((await vault.app.vault.ctx.meta.getFile(stored.id))?.wrappedKey).toBeNull(); // unreadable already
    expect(
      (
        await fetch(`${vault.url}/api/files/${stored.id}/content`, {
          headers: { authorization: `Bearer ${anna}` },
        })
      ).status,
    ).toBe(404);
    expect((await blobs.list()).map((b) => b.id)).toContain(stored.id);
    expect((await vault.app.vault.worker.runOnce())?.finished).toBe(1);
    expect((await blobs.list()).map((b) => b.id)).not.toContain(stored.id);
    expect(await vault.app.vault.ctx.meta.getFile(stored.id)).toBeNull();
  });

  it('rate-limits per client', async () => {
    const limited = await startTestVault({ config: { rateLimitPerMinute: 3 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i += 1) codes.push((await fetch(`${limited.url}/api/audit/verify`)).status);
      expect(codes).toEqual([401, 401, 401, 429, 429]);
      const res = await fetch(`${limited.url}/api/audit/verify`, {
        headers: { origin: 'https://localhost:3000' },
      });
      expect(await res.json()).toMatchObject({ code: 'rate-limited' });
      expect(res.headers.get('access-control-allow-origin')).toBe('https://localhost:3000'); // the add-in can read it
    } finally {
      await limited.close();
    }
  });
});
