import type { FastifyInstance } from 'fastify';
import { isEmailAddress, type VaultLimits } from '../../contract';
import {
  AuditVerificationSchema,
  DevTokenRequestSchema,
  DevTokenSchema,
  HealthSchema,
  VaultLimitsSchema,
} from '../../contract/schema';
import { badRequest } from '../errors';
import { dpoOf, principalOf } from '../http/principal';
import type { VaultContext } from '../services/context';
import { operatorWarnings } from '../services/warnings';
import { bearer, errors, typed } from './schemas';

/** Liveness, audit verification and (with `--dev-auth` only) the local token issuer. */
export async function systemRoutes(root: FastifyInstance, ctx: VaultContext): Promise<void> {
  const app = typed(root);
  app.get(
    '/healthz',
    {
      config: { rateLimit: false },
      schema: {
        summary: 'Liveness, with warnings an operator should see',
        tags: ['system'],
        response: {
          200: HealthSchema,
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
          200: VaultLimitsSchema,
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
        retentionClasses: { ...config.retentionClasses },
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
        summary: 'Check the audit hash chain (DPO): the result and when it was checked',
        tags: ['dpo'],
        security: bearer,
        response: {
          200: AuditVerificationSchema,
          ...errors(401, 403),
        },
      },
    },
    async (request) => {
      dpoOf(request);
      return { ...(await ctx.audit.verify()), checkedAt: ctx.now().toISOString() };
    },
  );

  const dev = ctx.devAuthority;
  if (dev === null) return;
  app.post(
    '/api/dev/token',
    {
      config: { public: true }, // it is how a local developer gets a token in the first place
      schema: {
        summary: 'Local development only (--dev-auth): a token for any address',
        tags: ['dev'],
        body: DevTokenRequestSchema,
        response: {
          200: DevTokenSchema,
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
