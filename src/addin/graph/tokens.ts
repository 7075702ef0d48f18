/**
 * Graph tokens for the read pane: Nested App Authentication with the delegated `Mail.ReadWrite` scope, the
 * same app registration as the vault sign-in (policy.json `auth`). Without tenant settings there is no Graph
 * sign-in; the simulator injects its own provider for the loopback stand-in.
 */
import type { AuthSettings } from '../../core/policy/types';
import { createNaaTokenProvider } from '../auth/naa';
import { SignInError, type TokenProvider } from '../auth/types';
import type { OfficeHost } from '../office-host';

export const GRAPH_URL = 'https://graph.microsoft.com/v1.0';
/** Delegated: the signed-in user's own mail only. */
export const GRAPH_MAIL_SCOPE = 'https://graph.microsoft.com/Mail.ReadWrite';

export function createGraphTokenProvider(
  auth: AuthSettings | undefined,
  host: OfficeHost | undefined,
): TokenProvider {
  const naa = host?.context.requirements.isSetSupported('NestedAppAuth', '1.1') === true;
  if (auth !== undefined && naa) return createNaaTokenProvider({ ...auth, scope: GRAPH_MAIL_SCOPE });
  const why =
    auth === undefined
      ? 'Mail Guard has no sign-in settings (policy.json auth), so it cannot delete mail.'
      : 'This version of Outlook cannot sign in to Microsoft Graph (NestedAppAuth 1.1).';
  return { kind: 'unavailable', getToken: () => Promise.reject(new SignInError('unsupported', why)) };
}
