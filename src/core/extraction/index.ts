/**
 * Extraction: attachment bytes → text with positions (or a clear reason why not), and .eml → Draft.
 */
export { extract } from './extract-default';
export { createExtractor } from './extract';
export type { Extract } from './extract';
export { parseMessage } from './parse-message';
export { htmlToText } from './html-to-text';
export { decodeText, detectEncoding } from './decode-text';
export type { TextEncoding } from './decode-text';
export { DEFAULT_LIMITS } from './limits';
export { DEFAULT_LOADERS, loadPdfJs, loadMsgReader } from './default-loaders';
export type {
  PdfModule,
  PdfDocument,
  PdfPage,
  PdfTextItem,
  MsgReaderClass,
  MsgReaderInstance,
  MsgFields,
} from './loaders';
export type {
  ExtractorLoaders,
  MsgExtractor,
  ExtractionResult,
  ExtractionLimits,
  ExtractOptions,
  ExtractedMember,
  TextRegion,
} from './types';
