/**
 * The extractors of the format table, each imported the first time a file of its format is met (see
 * `format-table.ts` for why). `webpackMode: "eager"` keeps each in the importing chunk for the bundles
 * that must be one file (onsend.js, the task pane).
 */
import type { ExtractContext } from './limits';
import type { ExtractionResult } from './types';
import { extractAttachedMessage } from './attached-message';
import { exportsOf } from './module-exports';

/** Reads one file of the format. `name` and `contentType` are the caller's hints. */
export type Extractor = (
  bytes: Uint8Array,
  ctx: ExtractContext,
  name: string,
  contentType: string | undefined,
) => ExtractionResult | Promise<ExtractionResult>;

/**
 * An extractor whose module is imported on its first call. `pick` takes the extractor from the module
 * (the same function every call), so its arguments are passed on unchanged.
 */
function lazy<M>(load: () => Promise<M>, pick: (module: M) => Extractor): Extractor {
  let extractor: Extractor | undefined;
  return async (bytes, ctx, name, contentType) => {
    if (extractor === undefined) extractor = pick(exportsOf(await load()));
    return extractor(bytes, ctx, name, contentType);
  };
}

export const extractZipContainer = lazy(
  () => import(/* webpackMode: "eager" */ './formats/zip-container'),
  (m) => m.extractZipContainer,
);
export const extractCfb = lazy(
  () => import(/* webpackMode: "eager" */ './formats/cfb'),
  (m) => (bytes, ctx, name, contentType) => m.extractCfb(bytes, name, contentType, ctx),
);
export const extractPdf = lazy(
  () => import(/* webpackMode: "eager" */ './formats/pdf'),
  (m) => m.extractPdf,
);
export const extractRtf = lazy(
  () => import(/* webpackMode: "eager" */ './formats/rtf'),
  (m) => m.extractRtf,
);
/** An attached message: the MIME parser comes through `ctx.loaders.email` (attached-message.ts). */
export const extractEmail: Extractor = extractAttachedMessage;
const loadCsv = (): Promise<typeof import('./formats/csv')> =>
  import(/* webpackMode: "eager" */ './formats/csv');
export const extractCsv = lazy(loadCsv, (m) => (bytes, ctx) => m.extractCsv(bytes, ctx));
export const extractTsv = lazy(loadCsv, (m) => (bytes, ctx) => m.extractCsv(bytes, ctx, true));
const loadPlain = (): Promise<typeof import('./formats/plain')> =>
  import(/* webpackMode: "eager" */ './formats/plain');
export const extractPlainText = lazy(loadPlain, (m) => m.extractPlainText);
export const extractHtml = lazy(loadPlain, (m) => m.extractHtml);
export const extractJson = lazy(loadPlain, (m) => m.extractJson);
export const extractXml = lazy(loadPlain, (m) => m.extractXml);
const loadCalendar = (): Promise<typeof import('./formats/calendar')> =>
  import(/* webpackMode: "eager" */ './formats/calendar');
export const extractIcs = lazy(loadCalendar, (m) => m.extractIcs);
export const extractVcf = lazy(loadCalendar, (m) => m.extractVcf);
