import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { AuditAnchor, AuditDraft, AuditKind, AuditSealer, MetadataStore } from '../storage/types';
import { GENESIS_HASH } from '../storage/sql-driver';
import type { AuditVerification } from '../../contract';

/** The hash of an entry binds the previous hash and every field, so any edit, insert or deletion shows. */
export function sealEntry(prevHash: string, draft: AuditDraft): string {
  const canonical = JSON.stringify([
    prevHash,
    draft.at,
    draft.kind,
    draft.subject,
    draft.actor,
    draft.detail,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

const hmac = (key: Buffer, text: string): string =>
  createHmac('sha256', key).update(text, 'utf8').digest('hex');

/** The purpose the audit key is derived from the master key with (`MasterKey.derive`). */
export const AUDIT_KEY_PURPOSE = 'audit';

/**
 * Pseudonym of an address, personnummer or search (HMAC with the audit key): the same person gets the same
 * value, but a guessed list of addresses cannot be hashed and matched without the key.
 */
export function pseudonymOf(key: Buffer, kind: 'actor' | 'query', value: string): string {
  return hmac(key, `${kind}:${value.toLowerCase()}`);
}

/**
 * Seals entries and signs the chain's head. The head (last seq and hash) is stored apart from the entries
 * and signed with a key derived from the master key, which the database never holds: cutting entries off
 * the end, or rewinding the head, no longer verifies.
 */
export function auditSealer(key: Buffer): AuditSealer {
  return { seal: sealEntry, anchor: (seq, hash) => hmac(key, `anchor\n${seq}\n${hash}`) };
}

/** Append-only, hash-chained record of uploads, link views, downloads, erasures and DPO searches. */
export class AuditLog {
  private readonly sealer: AuditSealer;

  constructor(
    private readonly meta: MetadataStore,
    private readonly now: () => Date,
    private readonly key: Buffer,
  ) {
    this.sealer = auditSealer(key);
  }

  /** See {@link pseudonymOf}. */
  pseudonym(kind: 'actor' | 'query', value: string): string {
    return pseudonymOf(this.key, kind, value);
  }

  async record(
    kind: AuditKind,
    fields: { subject?: string; actor?: string; detail?: string } = {},
  ): Promise<void> {
    const draft: AuditDraft = {
      at: this.now().toISOString(),
      kind,
      subject: fields.subject ?? null,
      actor: fields.actor === undefined ? null : this.pseudonym('actor', fields.actor),
      detail: fields.detail ?? null,
    };
    await this.meta.appendAudit(draft, this.sealer);
  }

  /** Walks the whole chain page by page, then checks that it ends where the signed head says. */
  async verify(): Promise<Omit<AuditVerification, 'checkedAt'>> {
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    for (;;) {
      const page = await this.meta.readAudit(expectedSeq - 1, 1000);
      for (const entry of page) {
        if (
          entry.seq !== expectedSeq ||
          entry.prevHash !== prevHash ||
          sealEntry(prevHash, entry) !== entry.hash
        ) {
          return { ok: false, entries: expectedSeq - 1, brokenAt: expectedSeq };
        }
        prevHash = entry.hash;
        expectedSeq += 1;
      }
      if (page.length < 1000) break;
    }
    const entries = expectedSeq - 1;
    return this.anchored(await this.meta.readAuditAnchor(), entries, prevHash)
      ? { ok: true, entries }
      : { ok: false, entries, brokenAt: expectedSeq };
  }

  /** True when the signed head names exactly the last entry (no head at all only for an empty chain). */
  private anchored(anchor: AuditAnchor | null, entries: number, lastHash: string): boolean {
    if (anchor === null) return entries === 0;
    const expected = Buffer.from(this.sealer.anchor(anchor.seq, anchor.hash), 'hex');
    const given = Buffer.from(anchor.mac, 'hex');
    const genuine = expected.length === given.length && timingSafeEqual(expected, given);
    return genuine && anchor.seq === entries && anchor.hash === lastHash;
  }
}
