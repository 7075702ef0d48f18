/**
 * The standard lazy loaders: dynamic `import()` so bundlers split pdf.js and msgreader into chunks that
 * load only when a PDF or .msg attachment is actually met.
 */
import type { ExtractorLoaders, MsgReaderClass, PdfModule } from './loaders';
import { keepNatives } from './native-builtins';

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

/** Loads the Outlook .msg reader, tolerating either interop shape of its CommonJS default export. */
export async function loadMsgReader(): Promise<MsgReaderClass> {
  const module = (await import('@kenjiuno/msgreader')) as unknown as { default: unknown };
  const outer = module.default as { default?: unknown } | MsgReaderClass;
  return (typeof outer === 'function' ? outer : outer.default) as MsgReaderClass;
}

/** pdf.js and msgreader, both loaded on first use. */
export const DEFAULT_LOADERS: ExtractorLoaders = { pdf: loadPdfJs, msg: loadMsgReader };
