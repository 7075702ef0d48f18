import type { VaultConfig } from '../config';
import type { DevAuthority } from '../auth/dev';
import type { TokenVerifier } from '../auth/principal';
import type { FramePool } from '../crypto/frame-pool';
import type { MasterKey } from '../crypto/master-key';
import type { BlobStore, MetadataStore } from '../storage/types';
import type { AuditLog } from './audit';
import type { Background } from './background';
import type { Mailer } from './mailer';

/** Everything the vault's services share; built once by `createApp` from config and injected deps. */
export interface VaultContext {
  readonly config: VaultConfig;
  /** Base of link URLs; starts as `config.publicUrl`, set to the real address when bound to port 0. */
  publicUrl: string;
  readonly meta: MetadataStore;
  readonly blobs: BlobStore;
  readonly masterKey: MasterKey;
  /** Injectable clock (tests move time forward to expire links and retention). */
  readonly now: () => Date;
  readonly audit: AuditLog;
  /** Work done after the answer (one-time-code mails), so timing does not depend on it. */
  readonly background: Background;
  readonly verifier: TokenVerifier;
  readonly devAuthority: DevAuthority | null;
  readonly mailer: Mailer | null;
  /** Local folder for staging files (always on the vault's own disk, also with S3 blobs). */
  readonly stagingDir: string;
  readonly chunkSize: number;
  /** Shared by every download: how many frames are read and decrypted at once, and their buffers. */
  readonly framePool: FramePool;
}

const DAY_MS = 86_400_000;

/** `date` plus `days` (fractions allowed) — retention, link expiry and code lifetimes. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}
