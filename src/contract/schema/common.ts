/**
 * Building blocks of the wire contract. Every schema here is plain JSON Schema built with TypeBox: the vault's
 * routes validate with it, the OpenAPI document is generated from it, and clients check answers against it.
 */
import { Type, type SchemaOptions, type Static, type TSchema } from '@sinclair/typebox';
import { VAULT_ERROR_CODES } from '../vocabulary';

/** One of a fixed list of strings (a union of literals: TypeBox checks it, OpenAPI lists the values). */
export function OneOf<const T extends readonly string[]>(values: T, options: SchemaOptions = {}) {
  return Type.Union(
    values.map((value) => Type.Literal(value as T[number])),
    options,
  );
}

/** ISO 8601 instant. */
export const DateTime = Type.String({ format: 'date-time' });

/** An unbounded count or size in bytes. */
export const Count = Type.Integer({ minimum: 0 });

/** `null` when there is no limit. */
export const Limit = Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]);

/** Body of every 4xx/5xx answer. */
export const ErrorBodySchema = Type.Object(
  {
    code: OneOf(VAULT_ERROR_CODES),
    message: Type.String(),
    requestId: Type.Optional(Type.String()),
  },
  { description: 'Every 4xx/5xx answer. `message` is for people; 5xx messages never carry internals.' },
);

/** A wire type: the static type of its schema, so the type and the check can never disagree. */
export type Wire<S extends TSchema> = Static<S>;
