/**
 * Migration 004: decision rows stored before the sender became a keyed pseudonym still hold the sender's
 * address in `actor`. This step replaces each such address with the pseudonym the vault stores today, so the
 * decision log holds no address and old and new rows of one sender count as one.
 */
import { sql, type Kysely } from 'kysely';
import { MigrationError, type MigrationSecrets, type SchemaStep } from './migration-types';

/** What every pseudonym looks like (HMAC-SHA256, hex); an address never does, having an `@`. */
const PSEUDONYM = /^[0-9a-f]{64}$/;

export const pseudonymiseDecisionActors: SchemaStep = {
  name: '004-pseudonymous-decision-actors',
  statements: () => [],
  rewrites: ['decisions'],
  async rewrite(db: Kysely<unknown>, secrets: MigrationSecrets | undefined): Promise<void> {
    const rows = await sql<{ id: string; actor: string }>`SELECT id, actor FROM decisions`.execute(db);
    const old = rows.rows.filter((row) => !PSEUDONYM.test(row.actor));
    if (old.length === 0) return;
    if (secrets === undefined) {
      throw new MigrationError(
        `${old.length} decision rows hold addresses; pseudonymising them needs the vault key.`,
      );
    }
    for (const row of old) {
      const actor = secrets.actorPseudonym(row.actor);
      await sql`UPDATE decisions SET actor = ${actor} WHERE id = ${row.id}`.execute(db);
    }
  },
};
