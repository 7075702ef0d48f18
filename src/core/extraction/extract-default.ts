/**
 * `extract` with the standard lazy loaders (pdf.js and msgreader load on first use).
 */
import { DEFAULT_LOADERS } from './default-loaders';
import type { Extract } from './extract';
import { createExtractor } from './extract';

/**
 * Turns an attachment's bytes into text with positions, or says why not. Never throws.
 * `name` and `options.contentType` are hints; the file's own bytes decide the format when they can.
 */
export const extract: Extract = createExtractor(DEFAULT_LOADERS);
