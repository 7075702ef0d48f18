import type { FastifyInstance } from 'fastify';
import type { LinkUpdate, MyLinks } from '../../contract';
import { principalOf } from '../http/principal';
import type { VaultContext } from '../services/context';
import { MAX_RECIPIENTS, ownLink, presentOwn, toMyLink, updateOwnLink } from '../services/my-links';
import { bearer, errors, idParams } from './schemas';

type IdRequest = { Params: { id: string } };
/** A sender's list is paged by nobody: this many of the newest files is plenty for "My shared files". */
const LIST_LIMIT = 500;

const dateTime = { type: 'string', format: 'date-time' } as const;
const addresses = {
  type: 'array',
  maxItems: MAX_RECIPIENTS,
  items: { type: 'string', maxLength: 254 },
} as const;

const myLink = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    fileName: { type: 'string' },
    size: { type: 'integer' },
    recipients: { type: 'array', items: { type: 'string' } },
    createdAt: dateTime,
    expiresAt: dateTime,
    maxExpiresAt: { ...dateTime, description: 'Latest expiry the policy allows for this link' },
    state: { type: 'string', enum: ['active', 'expired', 'revoked', 'used-up'] },
    downloads: { type: 'integer' },
    downloadLimit: { type: ['integer', 'null'] },
    downloadHistory: {
      type: 'array',
      description: 'Newest first: when, and the address or work account that proved itself',
      items: { type: 'object', properties: { at: dateTime, by: { type: 'string' } } },
    },
  },
} as const;

const linkUpdate = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    expiresAt: { ...dateTime, description: 'New expiry: after now, at most maxExpiresAt' },
    addRecipients: addresses,
    removeRecipients: addresses,
  },
} as const;

/** "My shared files": the sender lists, changes and withdraws their own links, and sees the downloads. */
export async function myLinkRoutes(app: FastifyInstance, ctx: VaultContext): Promise<void> {
  app.get(
    '/api/links',
    {
      schema: {
        summary: "The caller's shared files with their links and download history",
        tags: ['links'],
        security: bearer,
        response: {
          200: { type: 'object', properties: { links: { type: 'array', items: myLink } } },
          ...errors(401),
        },
      },
    },
    async (request, reply): Promise<MyLinks> => {
      const user = principalOf(request);
      const store = ctx.meta.senderLinks;
      const files = await store.filesOf(user.email, LIST_LIMIT);
      const pairs = await Promise.all(
        files.map(async (file) => ({ file, link: await ctx.meta.getLinkForFile(file.id) })),
      );
      const withLinks = pairs.flatMap(({ file, link }) => (link === null ? [] : [{ file, link }]));
      const history = await store.downloadsOf(withLinks.map(({ link }) => link.id));
      const links = await Promise.all(
        withLinks.map(async ({ file, link }) =>
          toMyLink(
            ctx,
            file,
            link,
            await store.revokedAt(link.id),
            history.filter((d) => d.linkId === link.id),
          ),
        ),
      );
      reply.header('cache-control', 'no-store');
      return { links };
    },
  );

  app.patch<IdRequest & { Body: LinkUpdate }>(
    '/api/links/:id',
    {
      schema: {
        summary: 'Change the expiry (within policy) or the recipients of my link',
        tags: ['links'],
        security: bearer,
        params: idParams,
        body: linkUpdate,
        response: { 200: myLink, ...errors(400, 401, 404, 409) },
      },
    },
    async (request) => {
      const user = principalOf(request);
      const { file, link } = await ownLink(ctx, request.params.id, user.email);
      await updateOwnLink(ctx, file, link, request.body);
      await ctx.audit.record('link-change', { subject: file.id, actor: user.email });
      return presentOwn(ctx, file);
    },
  );

  app.delete<IdRequest>(
    '/api/links/:id',
    {
      schema: {
        summary: 'Withdraw my link now (the file stays stored until its retention ends)',
        tags: ['links'],
        security: bearer,
        params: idParams,
        response: { 200: myLink, ...errors(401, 404) },
      },
    },
    async (request) => {
      const user = principalOf(request);
      const { file, link } = await ownLink(ctx, request.params.id, user.email);
      await ctx.meta.senderLinks.revoke(link.id, ctx.now());
      await ctx.audit.record('link-revoke', { subject: file.id, actor: user.email });
      return presentOwn(ctx, file);
    },
  );
}
