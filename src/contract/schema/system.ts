/** Liveness and the local token issuer of `--dev-auth`. */
import { Type } from '@sinclair/typebox';
import { OneOf } from './common';

export const HealthSchema = Type.Object({
  status: Type.String(),
  warnings: Type.Array(Type.String(), {
    description: 'E.g. no SMTP: external recipients are checked by address only',
  }),
});

export const DevTokenRequestSchema = Type.Object(
  {
    email: Type.String({ maxLength: 254 }),
    roles: Type.Optional(Type.Array(OneOf(['dpo'] as const), { maxItems: 5 })),
  },
  { additionalProperties: false },
);

export const DevTokenSchema = Type.Object({ access_token: Type.String() });

/**
 * `GET /api/console/sign-in`: how the console signs its user in. `dev` with `--dev-auth`; `entra` with the
 * tenant, the console's own app registration and the vault API scope it asks for (none of them secret).
 */
export const ConsoleSignInSchema = Type.Union([
  Type.Object({ kind: Type.Literal('dev') }),
  Type.Object({
    kind: Type.Literal('entra'),
    authority: Type.String({ description: 'https://login.microsoftonline.com/<tenant>' }),
    clientId: Type.String({ description: 'The console app registration (SPA, redirect /console/)' }),
    scopes: Type.Array(Type.String(), { description: 'The vault API scope, e.g. api://…/access_as_user' }),
  }),
  Type.Object({ kind: Type.Literal('none') }),
]);

/**
 * `GET /api/console/me`: who the bearer token names and whether it carries the DPO app role, so the console
 * can refuse a user without the role at sign-in (every DPO route checks the role again on its own).
 */
export const ConsoleMeSchema = Type.Object({
  email: Type.String(),
  dpo: Type.Boolean(),
});
