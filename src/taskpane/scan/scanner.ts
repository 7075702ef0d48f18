/**
 * Extraction and detection for the task pane, behind one interface: in a Web Worker in the browser (large
 * attachments never freeze the UI), inline in tests. The adapter's `readDraft` calls {@link Scanner.extract}
 * for each attachment; {@link Scanner.analyze} runs detection and the draft analysis.
 */
import type { Extractor } from '../../addin/read-draft';
import type { CalendarDate } from '../../core/detection/types';
import type { Draft, DraftScan } from '../../core/draft/types';
import type { ExtractionLimits, ExtractionResult } from '../../core/extraction/types';
import type { Policy } from '../../core/policy/types';
import { extract } from '../../core/extraction';
import { analyzeDraft } from '../../core/draft';

export interface Scanner {
  readonly extract: Extractor;
  analyze(draft: Draft, policy: Policy, today: CalendarDate): Promise<DraftScan>;
  dispose(): void;
}

/** What crosses to the worker: everything but the clock, which the worker reads itself. */
export interface ExtractJob {
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly contentType?: string;
  readonly limits?: Partial<ExtractionLimits>;
}
export interface AnalyzeJob {
  readonly draft: Draft;
  readonly policy: Policy;
  readonly today: CalendarDate;
}

/** Runs one job with the core. Shared by the worker and the inline scanner. */
export function runExtract(job: ExtractJob, now: () => number): Promise<ExtractionResult> {
  return extract(job.bytes, job.name, {
    now,
    ...(job.contentType === undefined ? {} : { contentType: job.contentType }),
    ...(job.limits === undefined ? {} : { limits: job.limits }),
  });
}

export function runAnalyze(job: AnalyzeJob): DraftScan {
  return analyzeDraft(job.draft, { today: job.today, policy: job.policy });
}

/** Scans on the calling thread (tests; browsers without workers). */
export function createInlineScanner(now: () => number = () => performance.now()): Scanner {
  return {
    extract: (bytes, name, options) =>
      runExtract({ bytes, name, ...optional(options.contentType, options.limits) }, now),
    analyze: async (draft, policy, today) => runAnalyze({ draft, policy, today }),
    dispose: () => undefined,
  };
}

/** The optional fields of an extract job, leaving out the ones not given (exactOptionalPropertyTypes). */
export function optional(
  contentType: string | undefined,
  limits: Partial<ExtractionLimits> | undefined,
): { contentType?: string; limits?: Partial<ExtractionLimits> } {
  return {
    ...(contentType === undefined ? {} : { contentType }),
    ...(limits === undefined ? {} : { limits }),
  };
}
