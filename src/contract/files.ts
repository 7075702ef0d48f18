/** Wire types of stored files, links for the mail body, data-subject requests and the audit check. */
import type { Wire } from './schema/common';
import type {
  AuditVerificationSchema,
  FileMetadataSchema,
  LinkInfoSchema,
  RetentionTotalsSchema,
  StoredFilesQuerySchema,
  StoredFilesSchema,
  SubjectErasureSchema,
  SubjectExportSchema,
  UploadResponseSchema,
  UploadSessionRequestSchema,
  UploadSessionSchema,
  VaultLimitsSchema,
} from './schema/files';

/** One link for the mail body; the landing page lets only the listed recipients and the owner through. */
export type LinkInfo = Wire<typeof LinkInfoSchema>;

/**
 * `201` body of `POST /api/files` and of a resumable upload's commit. Once the add-in has this, the file is
 * stored, verified and encrypted: only then may the attachment be removed from the draft.
 */
export type UploadResponse = Wire<typeof UploadResponseSchema>;

/** What the owner (and the DPO) can see about a stored file. */
export type FileMetadata = Wire<typeof FileMetadataSchema>;

/** State of a resumable upload (`POST /api/uploads`, `GET`/`PUT /api/uploads/:id`). */
export type UploadSession = Wire<typeof UploadSessionSchema>;

/** Body of `POST /api/uploads`. */
export type UploadSessionRequest = Wire<typeof UploadSessionRequestSchema>;

/** `GET /api/subjects?q=` — what the vault holds about one person (DSAR export). */
export type SubjectExport = Wire<typeof SubjectExportSchema>;

/** `DELETE /api/subjects?q=` result; files under legal hold are kept and listed. */
export type SubjectErasure = Wire<typeof SubjectErasureSchema>;

/** `GET /api/audit/verify`. */
export type AuditVerification = Wire<typeof AuditVerificationSchema>;

/** `GET /api/limits`: what this vault accepts, so the add-in can pick one-shot or resumable upload. */
export type VaultLimits = Wire<typeof VaultLimitsSchema>;

/** `GET /api/stored-files` (DPO): totals, per retention class, and the selected files. */
export type StoredFiles = Wire<typeof StoredFilesSchema>;
export type StoredFilesQuery = Wire<typeof StoredFilesQuerySchema>;
export type RetentionTotals = Wire<typeof RetentionTotalsSchema>;
