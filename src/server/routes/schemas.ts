/** JSON Schemas shared by routes: they validate requests, shape responses and become the OpenAPI document. */
import { ID_PATTERN } from '../crypto/ids';

const str = { type: 'string' } as const;
const dateTime = { type: 'string', format: 'date-time' } as const;

export const errorBody = {
  type: 'object',
  description: 'Every 4xx/5xx answer. `message` is for people; 5xx messages never carry internals.',
  required: ['code', 'message'],
  properties: { code: str, message: str, requestId: str },
} as const;

/** Error answers for a route's documented statuses. */
export function errors(...statuses: number[]): Record<number, typeof errorBody> {
  const out: Record<number, typeof errorBody> = {};
  for (const status of statuses) out[status] = errorBody;
  return out;
}

export const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', pattern: ID_PATTERN, description: '128-bit id, base64url' } },
} as const;

export const linkInfo = {
  type: 'object',
  required: ['url', 'expiresAt', 'downloadLimit'],
  properties: { url: str, expiresAt: dateTime, downloadLimit: { type: ['integer', 'null'] } },
} as const;

export const uploadResponse = {
  type: 'object',
  description: 'Stored, verified and encrypted: only now may the add-in remove the attachment.',
  required: ['id', 'sha256', 'size', 'expiresAt', 'links'],
  properties: {
    id: str,
    sha256: str,
    size: { type: 'integer' },
    expiresAt: { ...dateTime, description: 'When the link expires' },
    retainUntil: { ...dateTime, description: 'When the vault erases the file' },
    links: { type: 'array', items: linkInfo },
  },
} as const;

export const fileMetadata = {
  type: 'object',
  required: [
    'id',
    'fileName',
    'contentType',
    'size',
    'sha256',
    'owner',
    'recipients',
    'createdAt',
    'retainUntil',
  ],
  properties: {
    id: str,
    fileName: str,
    contentType: str,
    size: { type: 'integer' },
    sha256: str,
    owner: str,
    recipients: { type: 'array', items: str },
    createdAt: dateTime,
    retentionClass: str,
    retainUntil: dateTime,
    legalHold: { type: 'boolean' },
    link: {
      type: 'object',
      properties: {
        expiresAt: dateTime,
        downloads: { type: 'integer' },
        downloadLimit: { type: ['integer', 'null'] },
      },
    },
  },
} as const;

export const uploadSession = {
  type: 'object',
  required: ['id', 'offset', 'size', 'chunkSize', 'expiresAt'],
  properties: {
    id: str,
    offset: { type: 'integer' },
    size: { type: 'integer' },
    chunkSize: { type: 'integer' },
    expiresAt: dateTime,
  },
} as const;

export const subjectQuery = {
  type: 'object',
  required: ['q'],
  properties: {
    q: {
      type: 'string',
      minLength: 3,
      maxLength: 254,
      description: 'E-mail address or name (substring, case-insensitive)',
    },
  },
} as const;

export const bearer = [{ bearerAuth: [] }];
