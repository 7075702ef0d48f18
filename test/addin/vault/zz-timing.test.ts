import { startTestVault } from '/work/main/test/server/support/vault';
it('times', async () => {
  const vault = await startTestVault({ chunkSize: 64 * 1024 });
  const token = await vault.token('anna@vinnter.se');
  const { createHash } = await import('node:crypto');
  const bytes = new Uint8Array(300000).fill(65);
  const sha = createHash('sha256').update(bytes).digest('hex');
  let t = Date.now();
  const r = await fetch(`${vault.url}/api/uploads`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ fileName: 'a.csv', contentType: 'text/csv', size: 300000, sha256: sha, recipients: ['bo@example.com'] }) });
  const s = await r.json() as { id: string };
  console.log('create', Date.now() - t, r.status); t = Date.now();
  const p = await fetch(`${vault.url}/api/uploads/${s.id}`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream', 'content-range': 'bytes 0-299999/300000' }, body: bytes });
  console.log('put', Date.now() - t, p.status, await p.text()); t = Date.now();
  const c = await fetch(`${vault.url}/api/uploads/${s.id}/commit`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  console.log('commit', Date.now() - t, c.status); t = Date.now();
  await vault.close();
});
