/** The shapes shared by the migrator and its steps (a leaf, so steps in their own files form no cycle). */
import type { Kysely } from 'kysely';

export type Dialects = 'sqlite' | 'postgres';

/**
 * What a data step needs from outside the database. The caller holds the vault key and hands the migrator
 * only the keyed functions built from it, so the key is never stored, logged or written to the migration
 * table. Absent, a step that would need it refuses (a start without the key cannot half-migrate).
 */
export interface MigrationSecrets {
  /** The keyed pseudonym of a sender's address, exactly as the decision log and the audit chain store it. */
  actorPseudonym(address: string): string;
}

/**
 * One numbered schema step: plain statements per dialect, then an optional data rewrite, all inside the
 * migration's transaction.
 */
export interface SchemaStep {
  readonly name: string;
  statements(dialect: Dialects): string[];
  rewrite?(db: Kysely<unknown>, secrets: MigrationSecrets | undefined): Promise<void>;
  /**
   * Tables whose rows the rewrite changed in place: their old row versions must then go from the database's
   * files (SQLite WAL checkpoint, PostgreSQL VACUUM), as after an erasure.
   */
  readonly rewrites?: readonly string[];
}

/** Thrown when the schema cannot be brought up to date; the vault does not start on a half-known schema. */
export class MigrationError extends Error {
  override name = 'MigrationError' as const;
}
