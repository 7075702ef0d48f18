import type { FastifyInstance } from 'fastify';
import { linkSessions } from '../auth/link-session';
import { OidcClient, SignInError } from '../auth/oidc-flow';
import type { SignInConfig } from '../config';
import { hashSecret } from '../crypto/ids';
import type { VaultContext } from '../services/context';
import { landingPage, pickLang } from './landing-html';
import { page, resolve, tokenParams } from './link-access';

type StartRequest = { Params: { token: string } };
type CallbackRequest = {
  Querystring: { code?: string; state?: string; error?: string; error_description?: string };
};

const callbackQuery = {
  type: 'object',
  properties: {
    code: { type: 'string', maxLength: 4096 },
    state: { type: 'string', maxLength: 100 },
    error: { type: 'string', maxLength: 200 },
    error_description: { type: 'string', maxLength: 2000 },
    session_state: { type: 'string', maxLength: 200 },
  },
} as const;

/**
 * Browser sign-in of internal recipients with their Entra work account (OpenID Connect, code + PKCE, through
 * openid-client). Either step may reach any vault instance: the pending sign-in is in the database.
 * `GET /s/:token/signin` sends the browser to the tenant; `GET /s/callback` finishes the sign-in and, for a
 * listed recipient or the owner, sets a 10-minute cookie that `POST /s/:token` accepts for that link only.
 */
export async function linkSignInRoutes(
  app: FastifyInstance,
  ctx: VaultContext,
  settings: SignInConfig,
): Promise<void> {
  const client = new OidcClient(settings);
  const sessions = linkSessions(ctx);
  const redirectUri = (): string => `${ctx.publicUrl}/s/callback`;
  const limit = { rateLimit: { max: ctx.config.landingRateLimitPerMinute, timeWindow: 60_000 } };

  app.get<StartRequest>(
    '/s/:token/signin',
    {
      config: limit,
      schema: {
        summary: 'Start the work-account sign-in for a link (redirect to Entra ID)',
        description:
          'Internal recipients sign in with their Entra ID work account (authorization code flow with ' +
          'PKCE). Redirects to the tenant; never a download.',
        tags: ['links'],
        params: tokenParams,
      },
    },
    async (request, reply) => {
      const lang = pickLang(request.headers['accept-language']);
      const found = await resolve(ctx, request.params.token);
      if (found.kind !== 'ok')
        return page(reply, found.kind === 'gone' ? 410 : 404, landingPage(lang, found.kind));
      const pending = await client.begin();
      await sessions.start(reply, request.params.token, pending);
      return reply
        .header('cache-control', 'no-store')
        .redirect(await client.authorizeUrl(pending, redirectUri()), 303);
    },
  );

  app.get<CallbackRequest>(
    '/s/callback',
    {
      config: limit,
      schema: {
        summary: 'Redirect URI of the work-account sign-in',
        description:
          'Exchanges the code server-side, verifies the id_token (issuer, audience, nonce, expiry) and, ' +
          'for a listed recipient or the owner, sets a 10-minute HttpOnly cookie for that one link, then ' +
          'redirects to the landing page. Forged or replayed state → 400; another person → 403.',
        tags: ['links'],
        querystring: callbackQuery,
      },
    },
    async (request, reply) => {
      const lang = pickLang(request.headers['accept-language']);
      const failed = (status: number): ReturnType<typeof page> =>
        page(reply, status, landingPage(lang, 'signin-failed'));
      const { code, state, error } = request.query;
      const entry = state === undefined ? null : await sessions.take(request, reply, state);
      if (entry === null) return failed(400);
      if (error !== undefined || code === undefined) return failed(400);
      const found = await resolve(ctx, entry.token);
      if (found.kind !== 'ok')
        return page(reply, found.kind === 'gone' ? 410 : 404, landingPage(lang, found.kind));
      let email: string;
      try {
        email = await client.finish(new URL(request.url, ctx.publicUrl), entry.pending);
      } catch (caught: unknown) {
        if (!(caught instanceof SignInError)) throw caught;
        request.log.warn({ reason: caught.message }, 'link sign-in refused by verification');
        return failed(400);
      }
      const { file } = found;
      if (!new Set([...file.recipients, file.owner]).has(email)) {
        await ctx.audit.record('download-refused', { subject: file.id, actor: email, detail: 'sign-in' });
        const signInHref = `${entry.token}/signin`;
        return page(reply, 403, landingPage(lang, 'signin-refused', '', { signInHref }));
      }
      sessions.signIn(reply, hashSecret(entry.token), email);
      await ctx.audit.record('link-sign-in', { subject: file.id, actor: email, detail: found.link.id });
      return reply.header('cache-control', 'no-store').redirect(`/s/${entry.token}`, 303);
    },
  );
}
