/** Stored files, links for the mail body, data-subject requests and the audit check. */
import { Type } from '@sinclair/typebox';
import { DATA_SUBJECTS_MAX, DATA_SUBJECT_NAME_MAX } from '../data-subject-limits';
import { Count, DateTime, Limit, OneOf } from './common';

export const LinkInfoSchema = Type.Object(
  {
    url: Type.String(),
    expiresAt: { ...DateTime, description: 'The link stops working after this instant' },
    downloadLimit: Limit,
  },
  { description: 'One link for the mail body; only the listed recipients and the owner get through.' },
);

export const UploadResponseSchema = Type.Object(
  {
    id: Type.String(),
    sha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'Hex SHA-256 of the plaintext' }),
    size: Count,
    expiresAt: { ...DateTime, description: 'When the link expires' },
    retainUntil: { ...DateTime, description: 'When the vault erases the file' },
    links: Type.Array(LinkInfoSchema, { minItems: 1 }),
  },
  { description: 'Stored, verified and encrypted: only now may the add-in remove the attachment.' },
);

export const FileMetadataSchema = Type.Object(
  {
    id: Type.String(),
    fileName: Type.String(),
    contentType: Type.String(),
    size: Count,
    sha256: Type.String(),
    owner: Type.String(),
    recipients: Type.Array(Type.String()),
    createdAt: DateTime,
    retentionClass: Type.String(),
    retainUntil: DateTime,
    legalHold: Type.Boolean(),
    link: Type.Object({ expiresAt: DateTime, downloads: Count, downloadLimit: Limit }),
  },
  { description: 'What the owner (and the DPO) can see about a stored file.' },
);

export const UploadSessionSchema = Type.Object({
  id: Type.String(),
  offset: { ...Count, description: 'Bytes the vault holds durably; resume from here' },
  size: Count,
  chunkSize: { ...Count, description: 'PUT bodies are whole multiples of this, except the last' },
  expiresAt: DateTime,
});

/** One person a stored file is about: a name, an address, or both (the add-in and the CLI send no other values). */
export const DataSubjectSchema = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: DATA_SUBJECT_NAME_MAX })),
    address: Type.Optional(Type.String({ minLength: 3, maxLength: 254 })),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    description: 'A person the file is about. The vault keeps only keyed search terms of it, never the text.',
  },
);

/** The people a stored file is about, e.g. an archived mail's sender and recipients. */
export const DataSubjectsSchema = Type.Array(DataSubjectSchema, {
  maxItems: DATA_SUBJECTS_MAX,
  description:
    'People the file is about (the DPO finds the file by their name or address). Stored only as keyed terms.',
});

export const UploadSessionRequestSchema = Type.Object({
  fileName: Type.String(),
  contentType: Type.String(),
  size: Count,
  sha256: Type.String(),
  recipients: Type.Array(Type.String()),
  retentionClass: Type.Optional(Type.String()),
  downloadLimit: Type.Optional(Type.Integer()),
  linkExpiryDays: Type.Optional(Type.Integer()),
  dataSubjects: Type.Optional(DataSubjectsSchema),
});

export const SubjectQuerySchema = Type.Object({
  q: Type.String({
    minLength: 3,
    maxLength: 254,
    description:
      'E-mail address, name or personnummer (substring, case-insensitive; a personnummer is found in any ' +
      'of its written forms). The people a file is about (`dataSubjects`) are found by a whole address, a ' +
      'whole name or one word of a name.',
  }),
});

export const SubjectExportSchema = Type.Object({
  query: Type.String(),
  generatedAt: DateTime,
  files: Type.Array(FileMetadataSchema),
});

export const SubjectErasureSchema = Type.Object({
  query: Type.String(),
  erased: Type.Array(Type.String()),
  held: Type.Array(Type.String(), { description: 'Kept: under legal hold' }),
});

export const AuditVerificationSchema = Type.Object({
  ok: Type.Boolean(),
  entries: Count,
  brokenAt: Type.Optional(
    Type.Integer({ description: 'Sequence number of the first entry that does not verify' }),
  ),
  checkedAt: { ...DateTime, description: 'When the vault ran this check' },
});

export const VaultLimitsSchema = Type.Object({
  maxFileBytes: Count,
  chunkSize: Count,
  linkExpiryDays: Count,
  retentionClasses: Type.Record(Type.String(), Type.Integer()),
  defaultRetentionClass: Type.String(),
  oneTimeCodes: Type.Boolean({ description: 'External recipients get a one-time code by mail' }),
  virusScanning: Type.Boolean(),
});

/** Query of `GET /api/stored-files` (DPO). Query strings are text: the vault does not coerce types. */
export const StoredFilesQuerySchema = Type.Object(
  {
    retentionClass: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9-]{0,31}$' })),
    legalHold: Type.Optional(OneOf(['true', 'false'] as const)),
    expiringWithinDays: Type.Optional(
      Type.String({ pattern: '^[1-9][0-9]{0,3}$', description: 'Only files erased within this many days' }),
    ),
    limit: Type.Optional(
      Type.String({
        pattern: '^[1-9][0-9]{0,2}$|^1000$',
        description: 'At most this many files (default 200)',
      }),
    ),
  },
  { additionalProperties: false },
);

/** Counts and bytes of one retention class. */
export const RetentionTotalsSchema = Type.Object({
  retentionClass: Type.String(),
  files: Count,
  bytes: Count,
  held: Count,
});

/** `GET /api/stored-files`: totals over every stored file, and the files the filter selects (soonest erased first). */
export const StoredFilesSchema = Type.Object({
  generatedAt: DateTime,
  totals: Type.Object({ files: Count, bytes: Count, held: Count }),
  byRetentionClass: Type.Array(RetentionTotalsSchema),
  files: Type.Array(FileMetadataSchema),
  truncated: Type.Boolean({ description: 'More files match than were listed' }),
});
