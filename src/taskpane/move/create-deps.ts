/** Builds the move's dependencies from the policy in force (vault URL, sign-in) and the Office host. */
import type { Mailbox, OfficeHost } from '../../addin';
import { createTokenProvider } from '../../addin/auth';
import { bodyReplacer, createVaultClient, xhrTransport } from '../../addin/vault';
import type { Language, Policy } from '../../core/policy/types';
import type { MoveDeps } from './deps';

export function createMoveDeps(
  mailbox: Mailbox,
  host: OfficeHost | undefined,
  policy: Policy,
  language: Language,
): MoveDeps {
  const tokens = createTokenProvider({
    auth: policy.auth,
    vaultUrl: policy.vault.url,
    host,
    fetcher: (url, init) => fetch(url, init),
  });
  return {
    mailbox,
    vault: createVaultClient({ baseUrl: policy.vault.url, tokens, transport: xhrTransport }),
    replaceBodyHtml: bodyReplacer(host),
    language,
    companyName: policy.company.name,
    linkExpiryDays: policy.vault.linkExpiryDays,
    now: () => new Date(),
  };
}
