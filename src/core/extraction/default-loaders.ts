/**
 * The standard lazy loaders: dynamic `import()` so bundlers split pdf.js, msgreader and postal-mime into
 * chunks that load only when a PDF, .msg or attached message is actually met.
 */
import type { PdfModule } from './loaders';
import type { EmailExtractor, ExtractorLoaders, MsgExtractor } from './types';
export { loadMsgReader } from './msg-reader';
import { keepNatives } from './native-builtins';
import { exportsOf } from './module-exports';

/**
 * Loads pdf.js (the legacy build: runs in Node and older browsers) together with its worker module, and
 * offers the latter as `globalThis.pdfjsWorker`: pdf.js then parses on the calling thread ("fake worker")
 * instead of needing a worker file URL. The task pane already extracts inside a Web Worker, and Node has
 * no worker file to point at, so this works the same everywhere without configuration. The module is
 * loaded once; built-ins its polyfills replace are put back (see native-builtins.ts).
 */
export function loadPdfJs(): Promise<PdfModule> {
  if (!loading) loading = importPdfJs();
  return loading;
}

let loading: Promise<PdfModule> | undefined;

async function importPdfJs(): Promise<PdfModule> {
  const natives = keepNatives();
  try {
    const [pdfjs, worker] = await Promise.all([
      import('pdfjs-dist/legacy/build/pdf.mjs'),
      import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
    ]);
    const holder = globalThis as { pdfjsWorker?: unknown };
    if (holder.pdfjsWorker === undefined) holder.pdfjsWorker = worker;
    return pdfjs as unknown as PdfModule;
  } catch (error: unknown) {
    loading = undefined;
    throw error;
  } finally {
    natives.restore();
  }
}

/** The .msg extractor (and through it the Outlook .msg reader), loaded on the first .msg met. */
export async function loadMsgExtractor(): Promise<MsgExtractor> {
  return exportsOf(await import('./formats/msg')).extractMsg;
}

/** The attached-message extractor (and through it postal-mime), loaded on the first message met. */
export async function loadEmailExtractor(): Promise<EmailExtractor> {
  return exportsOf(await import('./formats/email')).extractEmail;
}

/** pdf.js, the .msg extractor and the attached-message extractor, each loaded on first use. */
export const DEFAULT_LOADERS: ExtractorLoaders = {
  pdf: loadPdfJs,
  msg: loadMsgExtractor,
  email: loadEmailExtractor,
};
