import { Kysely, Migrator, sql, type Dialect, type Migration, type MigrationProvider } from 'kysely';
import { pseudonymiseDecisionActors } from './migration-decision-actors';
import { MigrationError, type Dialects, type MigrationSecrets, type SchemaStep } from './migration-types';
import { schemaSql } from './schema';

export { MigrationError, type MigrationSecrets, type SchemaStep } from './migration-types';

/**
 * Splits a script into statements at a `;` that ends a line. Trigger and function bodies keep their inner
 * `;` because those are followed by more text on the same line.
 */
export function splitStatements(script: string): string[] {
  return script
    .split(/;[ \t]*\r?\n/)
    .map((part) => part.trim().replace(/;$/, ''))
    .filter((part) => part !== '');
}

const big = (dialect: Dialects): string => (dialect === 'sqlite' ? 'INTEGER' : 'BIGINT');

/**
 * The schema's history. Names sort in order and are never renamed; a released step is never edited, a change
 * is a new step. 001 is the schema of the releases that created tables at start-up (`IF NOT EXISTS`), so a
 * database from before migrations is adopted as it is: 001 finds its tables and only records the version.
 */
export const SCHEMA_STEPS: readonly SchemaStep[] = [
  { name: '001-initial', statements: (dialect) => splitStatements(schemaSql(dialect)) },
  {
    // Unfinished work-account sign-ins, so the callback may reach another instance than the start did.
    name: '002-pending-sign-ins',
    statements: (dialect) => [
      `CREATE TABLE pending_sign_ins (state_hash TEXT PRIMARY KEY, link_hash TEXT NOT NULL,
        sealed TEXT NOT NULL, expires_at ${big(dialect)} NOT NULL)`,
      'CREATE INDEX pending_sign_ins_expires_at ON pending_sign_ins (expires_at)',
    ],
  },
  {
    // Resumable uploads keep their encrypted segments in the shared blob store; the chain lives here.
    name: '003-upload-segments',
    statements: (dialect) => [
      `CREATE TABLE upload_segments (upload_id TEXT NOT NULL, start_offset ${big(dialect)} NOT NULL,
        end_offset ${big(dialect)} NOT NULL, object_key TEXT NOT NULL, encrypted_bytes ${big(dialect)} NOT NULL,
        PRIMARY KEY (upload_id, start_offset))`,
      `ALTER TABLE uploads ADD COLUMN committing_until ${big(dialect)}`,
    ],
  },
  pseudonymiseDecisionActors,
  {
    // Request counters shared by the instances (rate limits that guard secrets hold across all of them).
    name: '005-rate-limits',
    statements: (dialect) => [
      `CREATE TABLE rate_limits (bucket TEXT PRIMARY KEY, hits INTEGER NOT NULL,
        window_end ${big(dialect)} NOT NULL)`,
      'CREATE INDEX rate_limits_window_end ON rate_limits (window_end)',
    ],
  },
  {
    // Keyed search terms of the people a file is about (an archived mail's sender and recipients), so the
    // DPO finds the file by them; an unfinished upload holds them until its commit. Older rows have none.
    name: '006-data-subject-keys',
    statements: () => [
      "ALTER TABLE files ADD COLUMN subject_keys TEXT NOT NULL DEFAULT ''",
      "ALTER TABLE uploads ADD COLUMN subject_keys TEXT NOT NULL DEFAULT ''",
    ],
  },
];

/** The version a fully migrated database records (the last step's name). */
export const LATEST_SCHEMA = SCHEMA_STEPS[SCHEMA_STEPS.length - 1]?.name ?? '';

/** Where the migrator records applied steps (`<table>` and `<table>_lock`). */
export const MIGRATION_TABLE = 'mailguard_schema';

function provider(
  dialect: Dialects,
  steps: readonly SchemaStep[],
  secrets: MigrationSecrets | undefined,
): MigrationProvider {
  const migrations: Record<string, Migration> = {};
  for (const step of steps) {
    migrations[step.name] = {
      async up(db: Kysely<unknown>): Promise<void> {
        for (const statement of step.statements(dialect)) await sql.raw(statement).execute(db);
        await step.rewrite?.(db, secrets);
      },
    };
  }
  return { getMigrations: async () => migrations };
}

/** The version reached and the tables whose rows this run rewrote in place (see {@link SchemaStep.rewrites}). */
export interface MigrationOutcome {
  readonly version: string;
  readonly rewritten: readonly string[];
}

/**
 * Brings the schema up to date with Kysely's migrator: each step in its own transaction, applied steps
 * recorded in `mailguard_schema`, and on PostgreSQL a session advisory lock so instances starting together
 * migrate one after the other. The connection (pool or SQLite handle) stays the caller's: the Kysely
 * instance is dropped without destroying it.
 */
export async function migrateSchema(
  dialect: Dialects,
  connection: Dialect,
  schema: string | undefined,
  steps: readonly SchemaStep[] = SCHEMA_STEPS,
  secrets?: MigrationSecrets,
): Promise<MigrationOutcome> {
  const db = new Kysely<unknown>({ dialect: connection });
  const migrator = new Migrator({
    db,
    provider: provider(dialect, steps, secrets),
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: `${MIGRATION_TABLE}_lock`,
    // Without it the migrator would find another schema's table of the same name in the same database.
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationError(`Schema migration ${failed} failed.`, { cause: error });
  }
  const ranNow = new Set((results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName));
  const rewritten = steps.filter((step) => ranNow.has(step.name)).flatMap((step) => step.rewrites ?? []);
  const applied = await migrator.getMigrations();
  return { version: applied.filter((m) => m.executedAt !== undefined).at(-1)?.name ?? '', rewritten };
}
