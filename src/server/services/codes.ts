import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type { CodeGuardLimits } from '../storage/code-guard';
import type { LinkRecord } from '../storage/types';
import { addDays, type VaultContext } from './context';

const CODE_MINUTES = 10;
const HOUR_MS = 3_600_000;
/** Five wrong guesses of a 6-digit code: a 1 in 200 000 chance, then a new code is needed. */
export const MAX_CODE_ATTEMPTS = 5;
/**
 * Per (link, recipient), whatever the number of codes requested: five wrong codes lock the pair for an
 * hour, and at most five code mails go out an hour (nobody's mailbox is flooded through the vault).
 */
export const CODE_LIMITS: CodeGuardLimits = {
  lockAfter: 5,
  lockMs: HOUR_MS,
  mails: 5,
  windowMs: HOUR_MS,
};

/**
 * The stored hash includes the link secret, which the database does not hold: a stolen database cannot
 * brute-force the 10⁶ codes offline.
 */
function codeHash(secret: string, email: string, code: string): string {
  return createHash('sha256').update(`${secret}\n${email}\n${code}`, 'utf8').digest('hex');
}

/**
 * Creates, stores and mails a one-time code to a listed external recipient, unless the pair is locked or
 * its mail allowance is used up. Runs after the answer (see `Background`), so it may say nothing to anyone.
 */
export async function sendCode(
  ctx: VaultContext,
  link: LinkRecord,
  secret: string,
  email: string,
  lang: 'sv' | 'en',
): Promise<'sent' | 'locked' | 'mail-limit' | 'no-mailer'> {
  if (ctx.mailer === null) return 'no-mailer';
  const now = ctx.now();
  if ((await ctx.meta.codeLockedUntil(link.id, email, now)) !== null) return 'locked';
  if (!(await ctx.meta.takeCodeMail(link.id, email, now, CODE_LIMITS))) return 'mail-limit';
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await ctx.meta.putCode({
    linkId: link.id,
    email,
    codeHash: codeHash(secret, email, code),
    expiresAt: addDays(now, CODE_MINUTES / 1440),
    attempts: 0,
  });
  const text =
    lang === 'sv'
      ? `Din engångskod för att hämta filen är ${code}. Koden gäller i ${CODE_MINUTES} minuter.`
      : `Your one-time code to download the file is ${code}. It is valid for ${CODE_MINUTES} minutes.`;
  await ctx.mailer.send({
    to: email,
    subject: lang === 'sv' ? 'Din engångskod' : 'Your one-time code',
    text,
  });
  return 'sent';
}

/** Whether `code` opens the link for this listed recipient; every wrong code counts towards the lock. */
export async function checkCode(
  ctx: VaultContext,
  link: LinkRecord,
  secret: string,
  email: string,
  code: string,
): Promise<'ok' | 'wrong' | 'locked'> {
  const now = ctx.now();
  if ((await ctx.meta.codeLockedUntil(link.id, email, now)) !== null) return 'locked';
  const stored = await ctx.meta.getCode(link.id, email);
  const current = stored !== null && stored.expiresAt > now && stored.attempts < MAX_CODE_ATTEMPTS;
  if (current) {
    const expected = Buffer.from(stored.codeHash, 'hex');
    const given = Buffer.from(codeHash(secret, email, code), 'hex');
    if (expected.length === given.length && timingSafeEqual(expected, given)) {
      await ctx.meta.deleteCode(link.id, email);
      await ctx.meta.clearCodeFailures(link.id, email);
      return 'ok';
    }
    await ctx.meta.bumpCodeAttempts(link.id, email);
  }
  await ctx.meta.recordCodeFailure(link.id, email, now, CODE_LIMITS);
  return 'wrong';
}
