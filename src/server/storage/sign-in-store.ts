/** Unfinished work-account sign-ins, in the database so the callback may reach another instance than the start. */
import type { SqlDriver } from './sql-driver';
import type { PendingSignInRecord } from './records';

export interface SignInStore {
  /** An unfinished sign-in, keyed by the hash of its `state` (see `auth/link-session.ts`). */
  put(pending: PendingSignInRecord): Promise<void>;
  /** Removes and returns the sign-in (single use: a second take finds nothing), expired or not. */
  take(stateHash: string): Promise<PendingSignInRecord | null>;
  deleteExpired(now: Date): Promise<number>;
}

export class SqlSignInStore implements SignInStore {
  constructor(private readonly db: SqlDriver) {}

  async put(pending: PendingSignInRecord): Promise<void> {
    await this.db.run(
      'INSERT INTO pending_sign_ins (state_hash, link_hash, sealed, expires_at) VALUES (?, ?, ?, ?)',
      [pending.stateHash, pending.linkHash, pending.sealed, pending.expiresAt.getTime()],
    );
  }

  async take(stateHash: string): Promise<PendingSignInRecord | null> {
    // One statement, so two instances given the same callback cannot both take it.
    const [row] = await this.db.all(
      'DELETE FROM pending_sign_ins WHERE state_hash = ? RETURNING link_hash, sealed, expires_at',
      [stateHash],
    );
    if (row === undefined) return null;
    return {
      stateHash,
      linkHash: String(row['link_hash']),
      sealed: String(row['sealed']),
      expiresAt: new Date(Number(row['expires_at'])),
    };
  }

  async deleteExpired(now: Date): Promise<number> {
    return this.db.run('DELETE FROM pending_sign_ins WHERE expires_at <= ?', [now.getTime()]);
  }
}
