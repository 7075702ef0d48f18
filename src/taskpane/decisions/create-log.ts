/**
 * The decision log the pane records into: the vault of the policy in force, signed in the same way as the
 * move, with the queue kept in `localStorage` (in memory where there is none) so a decision survives a vault
 * that is down and a pane that is closed.
 */
import type { OfficeHost } from '../../addin';
import { createTokenProvider } from '../../addin/auth';
import {
  createDecisionLog,
  createVaultClient,
  xhrTransport,
  type DecisionLog,
  type QueueStorage,
} from '../../addin/vault';
import type { Policy } from '../../core/policy/types';

function memoryStorage(): QueueStorage {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

function browserStorage(): QueueStorage {
  try {
    if (typeof localStorage === 'object' && localStorage !== null) return localStorage;
  } catch {
    // Storage blocked (privacy settings): fall back to memory.
  }
  return memoryStorage();
}

export function createPaneDecisionLog(policy: Policy, host: OfficeHost | undefined): DecisionLog {
  const tokens = createTokenProvider({
    auth: policy.auth,
    vaultUrl: policy.vault.url,
    host,
    fetcher: (url, init) => fetch(url, init),
  });
  const client = policy.vault.url
    ? createVaultClient({ baseUrl: policy.vault.url, tokens, transport: xhrTransport })
    : null;
  return createDecisionLog({ client: () => client, storage: browserStorage() });
}
