import type {} from '@fastify/rate-limit'; // brings the per-route `rateLimit` option
import type { FastifyInstance, FastifyReply } from 'fastify';
import { isEmailAddress } from '../../contract';
import { VaultHttpError } from '../errors';
import { linkSessions } from '../auth/link-session';
import { bearerToken, signedIn } from '../http/principal';
import type { VaultContext } from '../services/context';
import { checkCode, sendCode } from '../services/codes';
import { linkPageOptions, loadBranding } from './landing-context';
import { landingPage, pickLang, type PageKind } from './landing-html';
import { download, downloadBody, page, resolve, tokenParams } from './link-access';
import { errors } from './schemas';

const LOCKED_MESSAGE = 'Too many wrong codes for this address; try again in an hour.';

type LinkRequest = { Params: { token: string }; Body: { email?: string; code?: string } | undefined };

/**
 * Recipient links. `GET /s/:token` only shows the landing page (mail scanners prefetch GETs, so it never
 * counts or serves a download); `POST` checks the recipient and then streams the file.
 */
export async function linkRoutes(app: FastifyInstance, ctx: VaultContext): Promise<void> {
  const branding = await loadBranding(ctx.config.brand);
  const plain = linkPageOptions(ctx, branding, null);
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 4096 },
    (_request, body, done) => {
      const fields: Record<string, string> = {};
      new URLSearchParams(String(body)).forEach((value, key) => (fields[key] = value));
      done(null, fields);
    },
  );

  const landingLimit = { rateLimit: { max: ctx.config.landingRateLimitPerMinute, timeWindow: 60_000 } };

  app.get<LinkRequest>(
    '/s/:token',
    {
      config: landingLimit,
      schema: {
        summary: 'Landing page (never a download)',
        tags: ['links'],
        params: tokenParams,
        produces: ['text/html'],
      },
    },
    async (request, reply) => {
      const lang = pickLang(request.headers['accept-language']);
      const found = await resolve(ctx, request.params.token);
      if (found.kind === 'not-found') return page(reply, 404, landingPage(lang, 'not-found', '', plain));
      if (found.kind === 'gone')
        return page(reply, 410, landingPage(lang, found.withdrawn ? 'withdrawn' : 'gone', '', plain));
      await ctx.audit.record('link-view', { subject: found.file.id });
      if (linkSessions(ctx).signedInFor(request, request.params.token) !== null)
        return page(reply, 200, landingPage(lang, 'signed-in', '', linkPageOptions(ctx, branding, found)));
      // Relative to /s/<secret>: the page never needs to repeat the vault's address.
      const signInHref = ctx.config.signIn === null ? undefined : `${request.params.token}/signin`;
      return page(
        reply,
        200,
        landingPage(lang, 'confirm', '', linkPageOptions(ctx, branding, found, signInHref)),
      );
    },
  );

  app.post<LinkRequest>(
    '/s/:token',
    {
      // A signed-in recipient may POST with no body at all.
      preValidation: async (request) => {
        request.body ??= {};
      },
      config: landingLimit,
      schema: {
        summary: 'Recipient check, then the download',
        description:
          'Proof of the recipient, first match wins: the 10-minute sign-in cookie of this link (set by ' +
          '`GET /s/callback` after the work-account sign-in), an Entra bearer token, or the address ' +
          '(plus a one-time code when SMTP is configured). Only this POST counts a download.',
        tags: ['links'],
        params: tokenParams,
        body: downloadBody,
        consumes: ['application/x-www-form-urlencoded', 'application/json'],
        produces: ['application/octet-stream', 'text/html'],
        response: errors(403, 404, 410, 429),
      },
    },
    async (request, reply) => {
      const form = String(request.headers['content-type'] ?? '').startsWith(
        'application/x-www-form-urlencoded',
      );
      const lang = pickLang(request.headers['accept-language']);
      let options = plain;
      const refuse = (
        status: number,
        kind: PageKind,
        code: VaultHttpError['code'],
        message: string,
        email = '',
      ): FastifyReply => {
        if (form) return page(reply, status, landingPage(lang, kind, email, options));
        throw new VaultHttpError(status, code, message);
      };
      const found = await resolve(ctx, request.params.token);
      if (found.kind === 'not-found')
        return refuse(404, 'not-found', 'not-found', 'This link does not exist.');
      if (found.kind === 'gone') {
        const kind = found.withdrawn ? 'withdrawn' : 'gone';
        return refuse(410, kind, 'gone', 'This link has expired, was withdrawn or the file was erased.');
      }
      const { link, file } = found;
      options = linkPageOptions(ctx, branding, found);
      const allowed = new Set([...file.recipients, file.owner]);
      let who: string;
      const signedInAs = linkSessions(ctx).signedInFor(request, request.params.token);
      if (signedInAs !== null) {
        who = signedInAs; // internal recipients: Entra sign-in in the browser (cookie for this link only)
      } else if (bearerToken(request) !== null) {
        who = (await signedIn(ctx, request)).email; // internal recipients: Entra sign-in
      } else {
        who = (request.body?.email ?? '').trim().toLowerCase();
        if (!isEmailAddress(who)) return refuse(400, 'confirm', 'bad-request', 'Give your e-mail address.');
        if (ctx.mailer !== null) {
          const code = request.body?.code;
          if (code === undefined) {
            // Same answer in the same time whether or not the address is listed: the answer goes first,
            // the code (if any) is made and mailed afterwards.
            if (allowed.has(who)) {
              const token = request.params.token;
              ctx.background.run('one-time code', async () => {
                const outcome = await sendCode(ctx, link, token, who, lang);
                if (outcome !== 'sent') request.log.info({ outcome }, 'one-time code not sent');
              });
            }
            if (form) return page(reply, 202, landingPage(lang, 'code', who, options));
            return reply.status(202).send({ status: 'code-sent' });
          }
          // Every address is checked and counted alike, so a lock does not reveal who is listed either.
          const checked = await checkCode(ctx, link, request.params.token, who, code);
          if (checked !== 'ok' || !allowed.has(who)) {
            await ctx.audit.record('download-refused', { subject: file.id, actor: who, detail: 'code' });
            if (checked === 'locked') {
              return refuse(429, 'code-invalid', 'rate-limited', LOCKED_MESSAGE, who);
            }
            return refuse(403, 'code-invalid', 'code-invalid', 'The code is wrong or has expired.', who);
          }
        }
      }
      if (!allowed.has(who)) {
        await ctx.audit.record('download-refused', { subject: file.id, actor: who, detail: 'not-listed' });
        return refuse(403, 'refused', 'forbidden', 'This address may not download the file.', who);
      }
      return download(ctx, reply, link, file, who);
    },
  );
}
