/**
 * Clients' runtime checks of the vault's answers, against the same TypeBox schemas the vault validates and
 * documents with. `Value.Check` interprets the schema (no generated code), so it runs under a CSP without
 * `unsafe-eval`. Kept out of `./index.ts`: bundles that only need types and constants stay free of TypeBox.
 */
import type { Static, TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { ErrorBody } from './errors';
import type { UploadResponse } from './files';
import { ErrorBodySchema, type Wire } from './schema/common';
import { UploadResponseSchema } from './schema/files';
import { registerContractFormats } from './schema/formats';

registerContractFormats();

/** The vault answered with something the contract does not describe. */
export class ContractError extends Error {
  override name = 'ContractError' as const;
  constructor(readonly where: string) {
    super(`The vault's answer to ${where} does not match the contract.`);
  }
}

/** True when `value` matches `schema`. */
export function matches<S extends TSchema>(schema: S, value: unknown): value is Static<S> {
  return Value.Check(schema, value);
}

/** `value` as the contract's type, or a {@link ContractError} naming `where` (no field values in the message). */
export function expectWire<S extends TSchema>(schema: S, value: unknown, where: string): Wire<S> {
  if (!Value.Check(schema, value)) throw new ContractError(where);
  return value as Wire<S>;
}

/** True when `value` has the shape of an {@link ErrorBody} (the add-in checks before trusting it). */
export function isErrorBody(value: unknown): value is ErrorBody {
  return Value.Check(ErrorBodySchema, value);
}

/** Checks a `201` upload answer before the add-in acts on it (removing the attachment is irreversible). */
export function isUploadResponse(value: unknown): value is UploadResponse {
  return Value.Check(UploadResponseSchema, value);
}
