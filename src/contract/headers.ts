/**
 * Header names of the vault's upload protocol. The add-in sets them; the vault's CORS policy allows them.
 * Values are lower-case because HTTP header names are case-insensitive and Node reports them lower-cased.
 */
export const HEADER_FILE_NAME = 'x-file-name';
/** Hex SHA-256 of the plaintext bytes; the vault refuses the upload (422) when it does not match. */
export const HEADER_CONTENT_SHA256 = 'x-content-sha256';
/** Comma-separated e-mail addresses of the people who may open the link. */
export const HEADER_RECIPIENTS = 'x-recipients';
/**
 * Optional: the people the file is about (e.g. an archived mail's sender and recipients), percent-encoded JSON
 * (see `data-subjects.ts`). The vault keeps only keyed search terms of them.
 */
export const HEADER_DATA_SUBJECTS = 'x-data-subjects';
/** Optional: a retention class name configured on the vault (e.g. `standard`). */
export const HEADER_RETENTION_CLASS = 'x-retention-class';
/** Optional: how many downloads the link allows before it stops working. */
export const HEADER_DOWNLOAD_LIMIT = 'x-download-limit';
/** Optional: days until the link expires (never beyond the file's retention). */
export const HEADER_LINK_EXPIRY_DAYS = 'x-link-expiry-days';

/** Every request header the add-in may send cross-origin. */
export const VAULT_REQUEST_HEADERS: readonly string[] = [
  'authorization',
  'content-type',
  'content-range',
  HEADER_FILE_NAME,
  HEADER_CONTENT_SHA256,
  HEADER_RECIPIENTS,
  HEADER_DATA_SUBJECTS,
  HEADER_RETENTION_CLASS,
  HEADER_DOWNLOAD_LIMIT,
  HEADER_LINK_EXPIRY_DAYS,
];
