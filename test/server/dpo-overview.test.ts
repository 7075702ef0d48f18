/**
 * The DPO's routes across real storage: the stored-files overview (totals, filters, legal hold), a
 * personnummer found in any written form, and a data-subject erasure that leaves the decision log alone —
 * which holds nothing that names the person.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { DecisionInput, StoredFiles, SubjectErasure, SubjectExport } from '../../src/contract';
import { StoredFilesSchema } from '../../src/contract/schema';
import { matches } from '../../src/contract/check';
import { startTestVault, upload, type TestVault } from './support/vault';

let vault: TestVault;
let dpo: string;
let anna: string;

const get = async <T>(path: string, token = dpo, method = 'GET'): Promise<{ status: number; body: T }> => {
  const res = await fetch(`${vault.url}${path}`, { method, headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (res.status === 204 ? null : await res.json()) as T };
};

async function stored(name: string, bytes: number, retention: string): Promise<string> {
  const res = await upload(vault, anna, Buffer.alloc(bytes, 'a'), {
    name,
    recipients: 'kund@partner.se',
    headers: { 'x-retention-class': retention },
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

beforeAll(async () => {
  vault = await startTestVault();
  dpo = await vault.token('dso@vinnter.se', ['dpo']);
  anna = await vault.token('anna@vinnter.se');
});
afterAll(() => vault.close());

describe('the DPO overview of stored files', () => {
  let shortId: string;

  beforeAll(async () => {
    shortId = await stored('kort.txt', 100, 'short');
    await stored('lang.txt', 3000, 'long');
    await stored('standard.txt', 20, 'standard');
  });

  it('is for the DPO only', async () => {
    expect((await get('/api/stored-files', anna)).status).toBe(403);
  });

  it('counts files and bytes per retention class and lists the soonest erased first', async () => {
    const { status, body } = await get<StoredFiles>('/api/stored-files');
    expect(status).toBe(200);
    expect(matches(StoredFilesSchema, body)).toBe(true);
    expect(body.byRetentionClass).toEqual(
      expect.arrayContaining([
        { retentionClass: 'short', files: 1, bytes: 100, held: 0 },
        { retentionClass: 'long', files: 1, bytes: 3000, held: 0 },
      ]),
    );
    expect(body.totals.files).toBeGreaterThanOrEqual(3);
    expect(body.files.map((f) => f.fileName).slice(0, 1)).toEqual(['kort.txt']);
  });

  it('filters by class, by hold and by expiry, and follows a legal hold', async () => {
    expect((await get(`/api/files/${shortId}/legal-hold`, dpo, 'PUT')).status).toBe(204);
    const held = await get<StoredFiles>('/api/stored-files?legalHold=true');
    expect(held).toMatchObject({ status: 200 });
    expect(held.body.files.map((f) => f.id)).toEqual([shortId]);
    expect(held.body.totals.held).toBe(1);
    const long = await get<StoredFiles>('/api/stored-files?retentionClass=long');
    expect(long.body.files.map((f) => f.fileName)).toEqual(['lang.txt']);
    const soon = await get<StoredFiles>('/api/stored-files?expiringWithinDays=31');
    expect(soon.body.files.map((f) => f.fileName)).toEqual(['kort.txt']);
    expect((await get('/api/stored-files?limit=0')).status).toBe(400);
    expect((await get('/api/stored-files?legalHold=maybe')).status).toBe(400);
    expect((await get(`/api/files/${shortId}/legal-hold`, dpo, 'DELETE')).status).toBe(204);
  });
});

describe('a data-subject request', () => {
  const decision = (i: number): DecisionInput => ({
    id: `dsar-decision-${i}`.padEnd(16, '0'),
    decidedAt: new Date().toISOString(),
    category: 'sensitive',
    type: 'se-personnummer',
    clause: 'P2',
    decision: 'override',
    reason: 'recipient-entitled',
    draftFingerprint: 'd'.repeat(64),
  });

  it('finds a personnummer as written in a file name, erases the files and keeps the decision log', async () => {
    await stored('utdrag 811218-9876.txt', 10, 'standard');
    await stored('198112189876 journal.txt', 10, 'standard');
    for (const i of [1, 2]) {
      const res = await fetch(`${vault.url}/api/decisions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${anna}`, 'content-type': 'application/json' },
        body: JSON.stringify(decision(i)),
      });
      expect(res.status).toBe(201);
    }
    const found = await get<SubjectExport>('/api/subjects?q=19811218-9876');
    expect(found.body.files.map((f) => f.fileName).sort()).toEqual([
      '198112189876 journal.txt',
      'utdrag 811218-9876.txt',
    ]);
    const erased = await get<SubjectErasure>('/api/subjects?q=8112189876', dpo, 'DELETE');
    expect(erased.body.erased).toHaveLength(2);

    const db = new Database(join(vault.config.dataDir, 'vault.db'), { readonly: true });
    const rows = db.prepare('SELECT * FROM decisions').all() as Record<string, unknown>[];
    db.close();
    expect(rows).toHaveLength(2);
    const kept = JSON.stringify(rows);
    for (const identifying of ['anna@vinnter.se', 'anna', '811218', '9876', 'kund@partner.se'])
      expect(kept.toLowerCase()).not.toContain(identifying);
  });
});
