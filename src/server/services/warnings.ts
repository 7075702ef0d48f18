import type { VaultContext } from './context';

/**
 * Settings that weaken what the vault promises, said loudly at start-up and in `/healthz` so an operator
 * cannot miss them. Without SMTP no one-time code proves that a recipient owns the address they type.
 */
export function operatorWarnings(ctx: VaultContext): string[] {
  const warnings: string[] = [];
  if (ctx.mailer === null)
    warnings.push(
      'No SMTP server (MAILGUARD_SMTP_URL): external recipients are checked by address only, without a one-time code.',
    );
  return warnings;
}
