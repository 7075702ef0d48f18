import type { FileMetadata } from '../../contract';
import type { FileRecord, LinkRecord } from '../storage/types';

/** The wire form of a file's metadata (never the wrapped key or the link secret's hash). */
export function toMetadata(file: FileRecord, link: LinkRecord | null): FileMetadata {
  return {
    id: file.id,
    fileName: file.fileName,
    contentType: file.contentType,
    size: file.size,
    sha256: file.sha256,
    owner: file.owner,
    recipients: [...file.recipients],
    createdAt: file.createdAt.toISOString(),
    retentionClass: file.retentionClass,
    retainUntil: file.retainUntil.toISOString(),
    legalHold: file.legalHold,
    link: {
      expiresAt: (link?.expiresAt ?? file.createdAt).toISOString(),
      downloads: link?.downloads ?? 0,
      downloadLimit: link?.downloadLimit ?? null,
    },
  };
}
