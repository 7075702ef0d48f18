/** Archive a received message to the vault, then delete it through Microsoft Graph (ADR 0030). */
export { archiveMessage, deleteArchived } from './run-archive';
export type { ArchiveChoice, ArchiveDeps } from './run-archive';
export { emlName, storable } from './files';
export type { ArchiveFile, ArchiveSource } from './files';
export { retentionClassFor } from './retention';
export type { ArchiveProblem, ArchiveState, ArchiveStep, ArchivedCopies, StoredCopy } from './state';
export type { ArchiveSubjects, SubjectSources } from './data-subjects';
