/**
 * The stand-in's request handler (README.md): token routes, the development sign-in, CORS, faults, and the
 * Graph routes. Served over HTTPS by server.ts for the tests, and by the development server of `npm start`
 * (scripts/start.mjs) for the read simulator, on the simulator's own mailbox (simulator-tenant.ts).
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { importX509, jwtVerify } from 'jose';
import { graphAnswer, type Answer } from './graph-routes';
import type { Tenant } from './tenant';

/** A client assertion signed by the registered certificate's key, for this client and this token endpoint. */
async function assertionValid(t: Tenant, form: URLSearchParams, audience: string): Promise<boolean> {
  const assertion = form.get('client_assertion');
  if (t.clientCertificate === undefined || assertion === null) return false;
  if (form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer')
    return false;
  try {
    const key = await importX509(t.clientCertificate, 'PS256');
    const { payload } = await jwtVerify(assertion, key, {
      audience,
      issuer: t.clientId,
      subject: t.clientId,
      // Entra allows five minutes of clock skew; MSAL rounds its not-before time up to a whole second.
      clockTolerance: 300,
    });
    return payload.exp !== undefined;
  } catch {
    return false;
  }
}

/** What a token stands for: the app itself (client credentials) or one user (delegated, development sign-in). */
type Grant = { readonly kind: 'app' } | { readonly kind: 'user'; readonly userId: string };

/**
 * The read pane's development sign-in in place of Nested App Authentication: `POST /api/dev/token {email}`
 * gives a delegated token for that user's own mailbox (`/me`), as `Mail.ReadWrite` would.
 */
function devTokenAnswer(t: Tenant, body: string, tokens: Map<string, Grant>): Answer {
  let email: unknown;
  try {
    email = (JSON.parse(body) as { email?: unknown }).email;
  } catch {
    return { status: 400, body: { error: 'invalid_request' } };
  }
  const u = t.users.find(
    (x) => typeof email === 'string' && x.userPrincipalName.toLowerCase() === email.toLowerCase(),
  );
  if (u === undefined) return { status: 400, body: { error: 'invalid_grant' } };
  const token = randomBytes(24).toString('base64url');
  tokens.set(token, { kind: 'user', userId: u.id });
  return { status: 200, body: { token_type: 'Bearer', expires_in: 3599, access_token: token } };
}

/** Browsers call Graph cross-origin: Graph answers CORS for any origin with a bearer token (no cookies). */
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type',
  'access-control-allow-methods': 'GET, POST',
  'access-control-max-age': '600',
};

async function tokenAnswer(
  t: Tenant,
  body: string,
  tokens: Map<string, Grant>,
  audience: string,
): Promise<Answer> {
  const form = new URLSearchParams(body);
  const secretOk = form.get('client_secret') === t.clientSecret;
  const assertionOk = !secretOk && (await assertionValid(t, form, audience));
  if (form.get('grant_type') !== 'client_credentials' || form.get('client_id') !== t.clientId)
    return { status: 400, body: { error: 'invalid_request' } };
  if (!secretOk && !assertionOk) return { status: 401, body: { error: 'invalid_client' } };
  const token = randomBytes(24).toString('base64url');
  tokens.set(token, { kind: 'app' });
  return {
    status: 200,
    body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: token },
  };
}

/** `/v1.0/me/…` is the signed-in user's `/v1.0/users/{id}/…`; only a delegated token has a "me". */
function meUrl(url: URL, grant: Grant): URL {
  if (!/^\/v1\.0\/me(\/|$)/.test(url.pathname) || grant.kind !== 'user') return url;
  const mapped = new URL(url.toString());
  mapped.pathname = url.pathname.replace(/^\/v1\.0\/me/, `/v1.0/users/${encodeURIComponent(grant.userId)}`);
  return mapped;
}

/** True for the paths the stand-in answers: Graph (`/v1.0/…`), its token routes and the development sign-in. */
export function isStandInPath(t: Tenant, path: string): boolean {
  return (
    path.startsWith('/v1.0/') || path === '/api/dev/token' || path === `/${t.tenantId}/oauth2/v2.0/token`
  );
}

/** A Node request handler answering as the stand-in; every request is appended to `requests`. */
export function standInHandler(
  t: Tenant,
  requests: string[],
): (req: IncomingMessage, res: ServerResponse) => void {
  const tokens = new Map<string, Grant>();
  let graphRequests = 0;
  return (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      // A stand-in fault becomes a 500, so the test sees a failed call instead of a hung one.
      void (async () => {
        const url = new URL(req.url ?? '/', `https://${req.headers.host ?? '127.0.0.1'}`);
        const body = Buffer.concat(chunks).toString('utf8');
        requests.push(`${req.method ?? ''} ${decodeURIComponent(url.pathname + url.search)}`);
        let answer: Answer;
        const grant = tokens.get((req.headers.authorization ?? '').replace(/^Bearer /, ''));
        if (req.method === 'OPTIONS') {
          answer = { status: 204 };
        } else if (url.pathname === '/api/dev/token' && req.method === 'POST') {
          answer = devTokenAnswer(t, body, tokens);
        } else if (url.pathname === `/${t.tenantId}/oauth2/v2.0/token` && req.method === 'POST') {
          answer = await tokenAnswer(t, body, tokens, `${url.origin}${url.pathname}`);
        } else if (!url.pathname.startsWith('/v1.0/')) {
          answer = { status: 404, body: { error: 'not_found' } };
        } else {
          graphRequests++;
          const f = t.faults;
          if (f.outageAfter !== undefined && graphRequests > f.outageAfter) {
            if (f.outageKind === 'drop') return req.socket.destroy();
            answer = { status: 503, body: { error: { code: 'ServiceUnavailable' } } };
          } else if (f.throttleEvery !== undefined && graphRequests % f.throttleEvery === 0) {
            answer = {
              status: f.throttleStatus ?? 429,
              headers: { 'retry-after': String(f.retryAfter ?? 1) },
              body: { error: { code: 'TooManyRequests' } },
            };
          } else if (grant === undefined) {
            answer = { status: 401, body: { error: { code: 'InvalidAuthenticationToken' } } };
          } else if (grant.kind === 'user' && !/^\/v1\.0\/me(\/|$)/.test(url.pathname)) {
            // A delegated token reaches the signed-in user's own mailbox only.
            answer = { status: 403, body: { error: { code: 'ErrorAccessDenied' } } };
          } else {
            answer = graphAnswer(t, req.method ?? 'GET', meUrl(url, grant), body, grant.kind === 'user');
          }
        }
        res.writeHead(answer.status, { 'content-type': 'application/json', ...CORS, ...answer.headers });
        res.end(answer.raw ?? (answer.body === undefined ? '' : JSON.stringify(answer.body)));
      })().catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
    });
  };
}
