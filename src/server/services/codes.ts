import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type { LinkRecord } from '../storage/types';
import { addDays, type VaultContext } from './context';

const CODE_MINUTES = 10;
/** Five wrong guesses of a 6-digit code: a 1 in 200 000 chance, then a new code is needed. */
export const MAX_CODE_ATTEMPTS = 5;

/**
 * The stored hash includes the link secret, which the database does not hold: a stolen database cannot
 * brute-force the 10⁶ codes offline.
 */
function codeHash(secret: string, email: string, code: string): string {
  return createHash('sha256').update(`${secret}\n${email}\n${code}`, 'utf8').digest('hex');
}

/** Creates, stores and mails a one-time code to a listed external recipient. */
export async function sendCode(
  ctx: VaultContext,
  link: LinkRecord,
  secret: string,
  email: string,
  lang: 'sv' | 'en',
): Promise<void> {
  if (ctx.mailer === null) return;
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const expiresAt = addDays(ctx.now(), CODE_MINUTES / 1440);
  await ctx.meta.putCode({
    linkId: link.id,
    email,
    codeHash: codeHash(secret, email, code),
    expiresAt,
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
}

/** True when `code` is the current code for this link and address; counts failed attempts. */
export async function checkCode(
  ctx: VaultContext,
  link: LinkRecord,
  secret: string,
  email: string,
  code: string,
): Promise<boolean> {
  const stored = await ctx.meta.getCode(link.id, email);
  if (stored === null || stored.expiresAt <= ctx.now() || stored.attempts >= MAX_CODE_ATTEMPTS) return false;
  const expected = Buffer.from(stored.codeHash, 'hex');
  const given = Buffer.from(codeHash(secret, email, code), 'hex');
  if (expected.length === given.length && timingSafeEqual(expected, given)) {
    await ctx.meta.deleteCode(link.id, email);
    return true;
  }
  await ctx.meta.bumpCodeAttempts(link.id, email);
  return false;
}
