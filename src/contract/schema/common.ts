/**
 * Building blocks of the wire contract. Every schema here is plain JSON Schema built with TypeBox: the vault's
 * routes validate with it, the OpenAPI document is generated from it, and clients check answers against it.
 */
import { Type, type Static, type TSchema } from 'typebox';
import { VAULT_ERROR_CODES } from '../errors';

/** ISO 8601 instant. */
export const DateTime = Type.String({ format: 'date-time' });

/** An unbounded count or size in bytes. */
export const Count = Type.Integer({ minimum: 0 });

/** `null` when there is no limit. */
export const Limit = Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]);

/** Body of every 4xx/5xx answer. */
export const ErrorBodySchema = Type.Object(
  {
    code: Type.Enum(VAULT_ERROR_CODES),
    message: Type.String(),
    requestId: Type.Optional(Type.String()),
  },
  { description: 'Every 4xx/5xx answer. `message` is for people; 5xx messages never carry internals.' },
);

/** A wire type as callers hold it: nothing in an answer or a request is changed after it is made. */
export type Wire<S extends TSchema> = DeepReadonly<Static<S>>;

type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
