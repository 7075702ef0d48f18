/**
 * Model: the types every core area shares (a draft, its attachments' extraction results, findings placed
 * in it, scan errors). Types only, so no area depends on another's code through them
 * (docs/adr/0037-core-areas.md).
 */
export type {
  Address,
  Draft,
  DraftAttachment,
  DraftFinding,
  DraftScan,
  Part,
  ScanError,
  Where,
} from './draft';
export type { ExtractedMember, ExtractionResult, TextRegion } from './extraction-result';
