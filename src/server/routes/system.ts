import type { FastifyInstance } from 'fastify';
import { isEmailAddress, type VaultLimits } from '../../contract';
import { badRequest } from '../errors';
import { dpoOf, principalOf } from '../http/principal';
import type { VaultContext } from '../services/context';
import { operatorWarnings } from '../services/warnings';
import { bearer, errors } from './schemas';

/** Liveness, audit verification and (with `--dev-auth` only) the local token issuer. */
export async function systemRoutes(app: FastifyInstance, ctx: VaultContext): Promise<void> {
  app.get(
    '/healthz',
    {
      config: { rateLimit: false },
      schema: {
        summary: 'Liveness, with warnings an operator should see',
        tags: ['system'],
        response: {
          200: {
            type: 'object',
            properties: {
              status: { type: 'string' },
              warnings: {
                type: 'array',
                items: { type: 'string' },
                description: 'E.g. no SMTP: external recipients are checked by address only',
              },
            },
          },
        },
      },
    },
    async () => ({ status: 'ok', warnings: operatorWarnings(ctx) }),
  );

  app.get(
    '/api/limits',
    {
      schema: {
        summary: 'What this vault accepts (size cap, chunk size, retention classes, one-time codes)',
        tags: ['system'],
        security: bearer,
        response: {
          200: {
            type: 'object',
            properties: {
              maxFileBytes: { type: 'integer' },
              chunkSize: { type: 'integer' },
              linkExpiryDays: { type: 'integer' },
              retentionClasses: { type: 'object', additionalProperties: { type: 'integer' } },
              defaultRetentionClass: { type: 'string' },
              oneTimeCodes: { type: 'boolean' },
              virusScanning: { type: 'boolean' },
            },
          },
          ...errors(401),
        },
      },
    },
    async (request): Promise<VaultLimits> => {
      principalOf(request);
      const { config } = ctx;
      return {
        maxFileBytes: config.maxFileBytes,
        chunkSize: ctx.chunkSize,
        linkExpiryDays: config.linkExpiryDays,
        retentionClasses: config.retentionClasses,
        defaultRetentionClass: config.defaultRetentionClass,
        oneTimeCodes: ctx.mailer !== null,
        virusScanning: config.clamd !== null,
      };
    },
  );

  app.get(
    '/api/audit/verify',
    {
      schema: {
        summary: 'Check the audit hash chain (DPO)',
        tags: ['dpo'],
        security: bearer,
        response: {
          200: {
            type: 'object',
            properties: {
              ok: { type: 'boolean' },
              entries: { type: 'integer' },
              brokenAt: { type: 'integer' },
            },
          },
          ...errors(401, 403),
        },
      },
    },
    async (request) => {
      dpoOf(request);
      return ctx.audit.verify();
    },
  );

  const dev = ctx.devAuthority;
  if (dev === null) return;
  app.post<{ Body: { email: string; roles?: string[] } }>(
    '/api/dev/token',
    {
      config: { public: true }, // it is how a local developer gets a token in the first place
      schema: {
        summary: 'Local development only (--dev-auth): a token for any address',
        tags: ['dev'],
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['email'],
          properties: {
            email: { type: 'string', maxLength: 254 },
            roles: { type: 'array', maxItems: 5, items: { type: 'string', enum: ['dpo'] } },
          },
        },
        response: {
          200: { type: 'object', properties: { access_token: { type: 'string' } } },
          ...errors(400),
        },
      },
    },
    async (request) => {
      const email = request.body.email.trim().toLowerCase();
      if (!isEmailAddress(email)) throw badRequest('email must be an e-mail address.');
      return { access_token: await dev.issue(email, request.body.roles ?? []) };
    },
  );
}
