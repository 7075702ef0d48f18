/**
 * Route-level schema pieces. The bodies and answers themselves are the TypeBox schemas of `src/contract/schema`
 * (one source for validation, the OpenAPI document and the clients' checks); this adds path parameters,
 * error answers and the security requirement.
 */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  ErrorBodySchema,
  FileMetadataSchema,
  LinkInfoSchema,
  SubjectQuerySchema,
  UploadResponseSchema,
  UploadSessionSchema,
} from '../../contract/schema';
import { ID_PATTERN } from '../crypto/ids';

export const errorBody = ErrorBodySchema;

/** Error answers for a route's documented statuses. */
export function errors(...statuses: number[]): Record<number, typeof errorBody> {
  const out: Record<number, typeof errorBody> = {};
  for (const status of statuses) out[status] = errorBody;
  return out;
}

export const idParams = Type.Object({
  id: Type.String({ pattern: ID_PATTERN, description: '128-bit id, base64url' }),
});

/** An empty answer (204). */
export const noContent = Type.Null();

export const linkInfo = LinkInfoSchema;
export const uploadResponse = UploadResponseSchema;
export const fileMetadata = FileMetadataSchema;
export const uploadSession = UploadSessionSchema;
export const subjectQuery = SubjectQuerySchema;

export const bearer = [{ bearerAuth: [] }];

/** The app with request and reply types inferred from the TypeBox schemas. */
export function typed(app: FastifyInstance) {
  return app.withTypeProvider<TypeBoxTypeProvider>();
}
