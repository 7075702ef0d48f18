/**
 * Text-like files that need little more than decoding: plain text and Markdown, HTML, JSON and XML.
 */
import { decodeText } from '../decode-text';
import { htmlToText } from '../html-to-text';
import type { ExtractContext } from '../limits';
import { TextBuilder, textResult } from '../text-builder';
import type { ExtractionResult } from '../types';
import { scanXml } from '../xml';

/** Plain text (.txt, .md, logs): decoded, otherwise untouched, so offsets match the file. */
export function extractPlainText(bytes: Uint8Array, ctx: ExtractContext): ExtractionResult {
  return textResult(decodeText(bytes), ctx.limits.maxTextChars, true);
}

/** HTML files: the readable text. */
export function extractHtml(bytes: Uint8Array, ctx: ExtractContext): ExtractionResult {
  return textResult(htmlToText(decodeText(bytes)), ctx.limits.maxTextChars);
}

/** JSON nesting followed before values deeper down are written as their raw JSON text. */
const MAX_JSON_DEPTH = 64;

/**
 * JSON: one `path: value` line per scalar, so keys act as context (`"personnummer": "…"`) and escapes
 * such as `\u00e5` are decoded. Invalid JSON is scanned as plain text.
 */
export function extractJson(bytes: Uint8Array, ctx: ExtractContext): ExtractionResult {
  const source = decodeText(bytes);
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return textResult(source, ctx.limits.maxTextChars);
  }
  const builder = new TextBuilder(ctx.limits.maxTextChars);
  writeJson(builder, value, '', 0);
  return builder.result();
}

function writeJson(builder: TextBuilder, value: unknown, path: string, depth: number): void {
  if (builder.full) return;
  if (value !== null && typeof value === 'object' && depth < MAX_JSON_DEPTH) {
    if (Array.isArray(value)) {
      value.forEach((item: unknown, index) => writeJson(builder, item, `${path}[${index}]`, depth + 1));
    } else {
      const record = value as { readonly [key: string]: unknown };
      for (const key of Object.keys(record))
        writeJson(builder, record[key], path ? `${path}.${key}` : key, depth + 1);
    }
    return;
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  builder.append(path ? `${path}: ${text}\n` : `${text}\n`);
}

/** Generic XML (and SVG): element text, one element per line; a DTD is skipped, not expanded. */
export function extractXml(bytes: Uint8Array, ctx: ExtractContext): ExtractionResult {
  const builder = new TextBuilder(ctx.limits.maxTextChars);
  const handler = {
    text: (text: string) => {
      const trimmed = text.trim();
      if (trimmed) builder.append(`${trimmed}\n`);
    },
  };
  // A DTD is skipped, never expanded: entity references stay as written (e.g. SVG files carry one).
  scanXml(decodeText(bytes), handler, () => builder.full, { skipDoctype: true });
  return builder.result();
}
