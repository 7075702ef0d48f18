import type { FastifyInstance } from 'fastify';
import type { MyLinks } from '../../contract';
import { LinkUpdateSchema, MyLinkSchema, MyLinksSchema } from '../../contract/schema';
import { principalOf } from '../http/principal';
import type { VaultContext } from '../services/context';
import { ownLink, presentOwn, toMyLink, updateOwnLink } from '../services/my-links';
import { bearer, errors, idParams, typed } from './schemas';

/** A sender's list is paged by nobody: this many of the newest files is plenty for "My shared files". */
const LIST_LIMIT = 500;

/** "My shared files": the sender lists, changes and withdraws their own links, and sees the downloads. */
export async function myLinkRoutes(root: FastifyInstance, ctx: VaultContext): Promise<void> {
  const app = typed(root);
  app.get(
    '/api/links',
    {
      schema: {
        summary: "The caller's shared files with their links and download history",
        tags: ['links'],
        security: bearer,
        response: {
          200: MyLinksSchema,
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

  app.patch(
    '/api/links/:id',
    {
      schema: {
        summary: 'Change the expiry (within policy) or the recipients of my link',
        tags: ['links'],
        security: bearer,
        params: idParams,
        body: LinkUpdateSchema,
        response: { 200: MyLinkSchema, ...errors(400, 401, 404, 409) },
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

  app.delete(
    '/api/links/:id',
    {
      schema: {
        summary: 'Withdraw my link now (the file stays stored until its retention ends)',
        tags: ['links'],
        security: bearer,
        params: idParams,
        response: { 200: MyLinkSchema, ...errors(401, 404) },
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
