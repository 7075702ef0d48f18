/** Messages between the task pane and its scan worker. */
import type { DraftScan } from '../../core/draft/types';
import type { ExtractionResult } from '../../core/extraction/types';
import type { AnalyzeJob, ExtractJob } from './scanner';

export type WorkerRequest =
  | { readonly kind: 'extract'; readonly id: number; readonly job: ExtractJob }
  | { readonly kind: 'analyze'; readonly id: number; readonly job: AnalyzeJob };

export type WorkerReply =
  | { readonly kind: 'extracted'; readonly id: number; readonly result: ExtractionResult }
  | { readonly kind: 'analyzed'; readonly id: number; readonly scan: DraftScan }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };
