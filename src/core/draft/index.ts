/**
 * Draft analysis: every part of a draft scanned, with signature blocks, quoted history, allow-listed
 * company identifiers and known people handled as docs/detection.md "Alert fatigue" asks.
 */
/** The draft's types, defined in `src/core/model` (see ./types). */
export type * from './types';
export { recipientsText } from './analyze-draft';
export { analyzeDraft, checkDraft } from './default-recognizers';
export type { DraftEnv } from './default-recognizers';
export { layoutBody } from './layout';
export type { BodyLayout } from './layout';
export { columnName, locateFindings } from './locate';
export type { Position } from './locate';
export { attachmentParts } from './parts';
export type { AttachmentParts, AttachmentText } from './parts';
