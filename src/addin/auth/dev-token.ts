/**
 * Development sign-in: `POST /api/dev/token {email}` on a vault started with `--dev-auth` (loopback only;
 * the route does not exist in production). Used by the compose simulator and `npm start`.
 */
import { SignInError, type TokenProvider } from './types';

export type Fetcher = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
) => Promise<{
  readonly ok: boolean;
  readonly status: number;
  json(): Promise<unknown>;
}>;

export function createDevTokenProvider(vaultUrl: string, email: string, fetcher: Fetcher): TokenProvider {
  let cached: Promise<string> | undefined;
  const fetchToken = async (): Promise<string> => {
    let response: Awaited<ReturnType<Fetcher>>;
    try {
      response = await fetcher(`${vaultUrl.replace(/\/+$/, '')}/api/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email }),
      });
    } catch (error: unknown) {
      throw new SignInError('unreachable', 'The secure server could not be reached to sign in.', {
        cause: error,
      });
    }
    if (response.status === 404)
      throw new SignInError('unsupported', 'The secure server does not offer development sign-in.');
    const body = (await response.json().catch(() => undefined)) as { access_token?: unknown } | undefined;
    if (!response.ok || typeof body?.access_token !== 'string')
      throw new SignInError('failed', `Sign-in failed (HTTP ${response.status}).`);
    return body.access_token;
  };
  return {
    kind: 'dev',
    getToken(options = {}) {
      if (options.forceRefresh || cached === undefined) {
        cached = fetchToken();
        cached.catch(() => (cached = undefined));
      }
      return cached;
    },
  };
}
