import type { FastifyRequest } from 'fastify';
import { Value } from '@sinclair/typebox/value';
import {
  DATA_SUBJECTS_HEADER_MAX,
  HEADER_CONTENT_SHA256,
  HEADER_DATA_SUBJECTS,
  HEADER_DOWNLOAD_LIMIT,
  HEADER_FILE_NAME,
  HEADER_LINK_EXPIRY_DAYS,
  HEADER_RECIPIENTS,
  HEADER_RETENTION_CLASS,
  decodeDataSubjects,
  isEmailAddress,
  parseRecipients,
  type DataSubject,
} from '../../contract';
import { DataSubjectsSchema } from '../../contract/schema';
import { badRequest } from '../errors';
import { parseFileName } from '../pipeline/file-name';
import type { FileRequest } from '../services/store-file';
import type { SubjectKeyring } from '../services/subject-keys';

/** Header schema of `POST /api/files` (validated by Fastify before the handler runs). */
export const uploadHeaders = {
  type: 'object',
  required: [HEADER_FILE_NAME, HEADER_CONTENT_SHA256, HEADER_RECIPIENTS],
  properties: {
    [HEADER_FILE_NAME]: {
      type: 'string',
      minLength: 1,
      maxLength: 1024,
      description: 'Percent-encoded file name',
    },
    [HEADER_CONTENT_SHA256]: {
      type: 'string',
      pattern: '^[0-9a-fA-F]{64}$',
      description: 'Hex SHA-256 of the bytes',
    },
    [HEADER_RECIPIENTS]: {
      type: 'string',
      minLength: 3,
      maxLength: 8192,
      description: 'Comma-separated addresses',
    },
    [HEADER_DATA_SUBJECTS]: {
      type: 'string',
      minLength: 2,
      maxLength: DATA_SUBJECTS_HEADER_MAX,
      description:
        'Optional: the people the file is about, percent-encoded JSON `[{"name"?, "address"?}]` (at most 100; ' +
        'the DPO finds the file by them; the vault keeps only keyed terms)',
    },
    [HEADER_RETENTION_CLASS]: { type: 'string', pattern: '^[a-z0-9-]{1,40}$' },
    [HEADER_DOWNLOAD_LIMIT]: { type: 'string', pattern: '^[1-9][0-9]{0,3}$' },
    [HEADER_LINK_EXPIRY_DAYS]: { type: 'string', pattern: '^[1-9][0-9]{0,3}$' },
    'content-type': { type: 'string', maxLength: 200 },
  },
} as const;

/** Validates recipients and builds the file request from headers. */
export function recipientsOrThrow(value: readonly string[] | string): string[] {
  const recipients = typeof value === 'string' ? parseRecipients(value) : parseRecipients(value.join(','));
  if (recipients === null || recipients.length > 100) {
    throw badRequest('Recipients must be 1-100 valid e-mail addresses.');
  }
  return recipients;
}

/** Validates the people a file is about (schema, then each address); a 400 names what is wrong, not the value. */
export function dataSubjectsOrThrow(value: unknown): DataSubject[] {
  if (!Value.Check(DataSubjectsSchema, value)) {
    throw badRequest('Data subjects must be a list of at most 100 people, each a name and/or an address.');
  }
  if (value.some((s) => s.address !== undefined && !isEmailAddress(s.address.trim().toLowerCase()))) {
    throw badRequest('Each data subject address must be a valid e-mail address.');
  }
  return value;
}

export function fileRequestFromHeaders(request: FastifyRequest, keyring: SubjectKeyring): FileRequest {
  const header = (name: string): string | undefined => {
    const value = request.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const limit = header(HEADER_DOWNLOAD_LIMIT);
  const expiry = header(HEADER_LINK_EXPIRY_DAYS);
  const subjects = header(HEADER_DATA_SUBJECTS);
  return {
    fileName: parseFileName(header(HEADER_FILE_NAME)),
    contentType:
      (header('content-type') ?? 'application/octet-stream').split(';')[0]?.trim() ??
      'application/octet-stream',
    recipients: recipientsOrThrow(header(HEADER_RECIPIENTS) ?? ''),
    retentionClass: header(HEADER_RETENTION_CLASS),
    downloadLimit: limit === undefined ? null : Number(limit),
    linkExpiryDays: expiry === undefined ? undefined : Number(expiry),
    subjectKeys:
      subjects === undefined ? [] : keyring.ofSubjects(dataSubjectsOrThrow(decodeDataSubjects(subjects))),
  };
}
