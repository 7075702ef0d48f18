/**
 * Builds archive-and-delete's dependencies from the policy in force: the vault client (signed in as for the
 * move), the Graph client (NAA with `Mail.ReadWrite`, or what the simulator injects) and the retention class.
 */
import type { OfficeHost } from '../../addin';
import { retentionClassFor, type ArchiveDeps } from '../../addin/archive';
import { DEV_USER_EMAIL, createTokenProvider } from '../../addin/auth';
import { GRAPH_URL, createGraphClient, createGraphTokenProvider } from '../../addin/graph';
import type { ReadMailbox } from '../../addin/read-item';
import { createVaultClient, xhrTransport } from '../../addin/vault';
import type { DraftFinding } from '../../core/draft';
import type { Policy } from '../../core/policy/types';
import type { GraphAccess } from '../services';

export function createArchiveDeps(
  message: ReadMailbox,
  host: OfficeHost | undefined,
  policy: Policy,
  graph: GraphAccess | undefined,
  attachmentNames: readonly string[],
  findings: readonly DraftFinding[],
): ArchiveDeps {
  const vaultTokens = createTokenProvider({
    auth: policy.auth,
    vaultUrl: policy.vault.url,
    host,
    fetcher: (url, init) => fetch(url, init),
  });
  const retentionClass = retentionClassFor(policy.archive, {
    subject: message.subject,
    attachmentNames,
  });
  return {
    source: message,
    vault: createVaultClient({ baseUrl: policy.vault.url, tokens: vaultTokens, transport: xhrTransport }),
    graph: createGraphClient({
      baseUrl: graph?.baseUrl ?? GRAPH_URL,
      tokens: graph?.tokens ?? createGraphTokenProvider(policy.auth, host),
      fetch: (url, init) => fetch(url, init),
    }),
    owner: message.userEmail ?? DEV_USER_EMAIL,
    // Whom the copies are about, for the DPO's search (ADR 0051): the findings' people and identity numbers.
    findings,
    ...(retentionClass !== undefined ? { retentionClass } : {}),
  };
}
