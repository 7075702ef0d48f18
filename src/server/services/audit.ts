import { createHash } from 'node:crypto';
import type { AuditDraft, AuditKind, MetadataStore } from '../storage/types';
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

/** Pseudonymous actor: the chain holds a hash of the address, never the address. */
export function actorHash(email: string): string {
  return createHash('sha256').update(`actor:${email.toLowerCase()}`, 'utf8').digest('hex');
}

/** Append-only, hash-chained record of uploads, link views, downloads, erasures and DPO searches. */
export class AuditLog {
  constructor(
    private readonly meta: MetadataStore,
    private readonly now: () => Date,
  ) {}

  async record(
    kind: AuditKind,
    fields: { subject?: string; actor?: string; detail?: string } = {},
  ): Promise<void> {
    const draft: AuditDraft = {
      at: this.now().toISOString(),
      kind,
      subject: fields.subject ?? null,
      actor: fields.actor === undefined ? null : actorHash(fields.actor),
      detail: fields.detail ?? null,
    };
    await this.meta.appendAudit(draft, sealEntry);
  }

  /** Walks the whole chain page by page. */
  async verify(): Promise<AuditVerification> {
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
      if (page.length < 1000) return { ok: true, entries: expectedSeq - 1 };
    }
  }
}
