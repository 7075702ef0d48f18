import type { SqlDriver } from './sql-driver';

/**
 * Per (link, recipient) counters for one-time codes, kept in the database so they survive new codes,
 * restarts and other instances. Each step is one atomic statement, so parallel requests cannot both slip
 * under a limit.
 */
export interface CodeGuardLimits {
  /** Wrong codes in a row before the pair is locked. */
  readonly lockAfter: number;
  readonly lockMs: number;
  /** Code mails per window. */
  readonly mails: number;
  readonly windowMs: number;
}

const ENSURE = `INSERT INTO code_guard (link_id, email, failures, locked_until, window_start, mails)
  VALUES (?, ?, 0, NULL, ?, 0) ON CONFLICT (link_id, email) DO NOTHING`;

async function ensure(db: SqlDriver, linkId: string, email: string, now: number): Promise<void> {
  await db.run(ENSURE, [linkId, email, now]);
}

/** When the pair is locked until (in the future), or null. */
export async function codeLockedUntil(
  db: SqlDriver,
  linkId: string,
  email: string,
  now: Date,
): Promise<Date | null> {
  const [row] = await db.all(
    'SELECT locked_until FROM code_guard WHERE link_id = ? AND email = ? AND locked_until > ?',
    [linkId, email, now.getTime()],
  );
  return row === undefined ? null : new Date(Number(row['locked_until']));
}

/** Takes one mail from the pair's hourly allowance; false when it is used up. */
export async function takeCodeMail(
  db: SqlDriver,
  linkId: string,
  email: string,
  now: Date,
  limits: CodeGuardLimits,
): Promise<boolean> {
  const at = now.getTime();
  await ensure(db, linkId, email, at);
  const windowOver = at - limits.windowMs;
  const changed = await db.run(
    `UPDATE code_guard SET
       mails = CASE WHEN window_start <= ? THEN 1 ELSE mails + 1 END,
       window_start = CASE WHEN window_start <= ? THEN ? ELSE window_start END
     WHERE link_id = ? AND email = ? AND (window_start <= ? OR mails < ?)`,
    [windowOver, windowOver, at, linkId, email, windowOver, limits.mails],
  );
  return changed === 1;
}

/** Counts a wrong code; the failure that reaches the limit locks the pair. An expired lock starts over. */
export async function recordCodeFailure(
  db: SqlDriver,
  linkId: string,
  email: string,
  now: Date,
  limits: CodeGuardLimits,
): Promise<void> {
  const at = now.getTime();
  await ensure(db, linkId, email, at);
  await db.run(
    `UPDATE code_guard SET
       failures = CASE WHEN locked_until IS NOT NULL AND locked_until <= ? THEN 1 ELSE failures + 1 END,
       locked_until = CASE
         WHEN locked_until IS NOT NULL AND locked_until <= ? THEN NULL
         WHEN failures + 1 >= ? THEN ?
         ELSE locked_until END
     WHERE link_id = ? AND email = ?`,
    [at, at, limits.lockAfter, at + limits.lockMs, linkId, email],
  );
}

/** A right code clears the failures (the mail allowance stays). */
export async function clearCodeFailures(db: SqlDriver, linkId: string, email: string): Promise<void> {
  await db.run('UPDATE code_guard SET failures = 0, locked_until = NULL WHERE link_id = ? AND email = ?', [
    linkId,
    email,
  ]);
}
