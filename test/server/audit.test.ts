import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import type { AuditVerification } from '../../src/contract';
import { startTestVault, upload, type TestVault } from './support/vault';

/** The vault's own SQLite file, opened as someone with access to the disk would (triggers dropped). */
function tamper(vault: TestVault, sql: string): void {
  const db = new Database(vault.config.metadata.kind === 'sqlite' ? vault.config.metadata.path : '');
  try {
    db.exec('DROP TRIGGER IF EXISTS audit_no_delete; DROP TRIGGER IF EXISTS audit_no_update;');
    db.exec(sql);
  } finally {
    db.close();
  }
}

describe('audit chain', () => {
  let vault: TestVault;
  let dpo: string;
  const verify = async (): Promise<{ ok: boolean; entries: number; brokenAt?: number }> => {
    const res = await fetch(`${vault.url}/api/audit/verify`, { headers: { authorization: `Bearer ${dpo}` } });
    expect(res.status).toBe(200);
    const { checkedAt, ...result } = (await res.json()) as AuditVerification;
    expect(Date.parse(checkedAt)).toBeGreaterThan(Date.now() - 60_000);
    return result;
  };

  beforeEach(async () => {
    vault = await startTestVault();
    dpo = await vault.token('dso@vinnter.se', ['dpo']);
    const anna = await vault.token('anna@vinnter.se');
    for (let i = 0; i < 4; i += 1)
      expect((await upload(vault, anna, Buffer.from(`fil ${i}`))).status).toBe(201);
  });
  afterEach(() => vault.close());

  it('verifies an untouched chain', async () => {
    expect(await verify()).toEqual({ ok: true, entries: 4 });
  });

  it.each([1, 3])('detects the last %i entries cut off', async (n) => {
    tamper(vault, `DELETE FROM audit WHERE seq > ${4 - n}`);
    expect(await verify()).toEqual({ ok: false, entries: 4 - n, brokenAt: 5 - n });
  });

  it('detects the whole chain and its head removed', async () => {
    tamper(vault, 'DELETE FROM audit');
    tamper(vault, 'DELETE FROM audit_anchor');
    // An empty chain with no head is what a new vault has, so the head's absence alone cannot be flagged…
    expect((await verify()).entries).toBe(0);
    // …but it cannot be rebuilt either: a head written without the key does not verify.
    tamper(vault, "INSERT INTO audit_anchor (id, seq, hash, mac) VALUES (1, 0, 'x', 'y')");
    expect((await verify()).ok).toBe(false);
  });

  it('detects a head rewound to match a truncated chain without the key', async () => {
    tamper(vault, 'DELETE FROM audit WHERE seq > 2');
    tamper(vault, 'UPDATE audit_anchor SET seq = 2, hash = (SELECT hash FROM audit WHERE seq = 2)');
    expect(await verify()).toEqual({ ok: false, entries: 2, brokenAt: 3 });
  });

  it('detects an edited entry', async () => {
    tamper(vault, "UPDATE audit SET detail = 'x' WHERE seq = 2");
    expect(await verify()).toEqual({ ok: false, entries: 1, brokenAt: 2 });
  });

  it('keys actor pseudonyms: a guessed address hashed without the key matches nothing', async () => {
    const entries = await vault.app.vault.ctx.meta.readAudit(0, 100);
    const actors = new Set(entries.map((entry) => entry.actor));
    const plain = createHash('sha256').update('actor:anna@vinnter.se', 'utf8').digest('hex');
    expect(actors.has(plain)).toBe(false);
    expect(actors.has(vault.app.vault.ctx.audit.pseudonym('actor', 'Anna@Vinnter.se'))).toBe(true);
  });
});
