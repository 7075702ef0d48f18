/**
 * An attached message (message/rfc822, .eml), read by the extractor the caller hands over through
 * `ExtractorLoaders.email`: the MIME parser is injected, never imported here (docs/adr/0054).
 */
import type { ExtractContext } from './limits';
import type { ExtractionResult } from './types';

export async function extractAttachedMessage(
  bytes: Uint8Array,
  ctx: ExtractContext,
): Promise<ExtractionResult> {
  const load = ctx.loaders.email;
  if (!load) return { kind: 'unsupported', reason: 'attached messages are not read here' };
  const extractMessage = await load();
  return extractMessage(bytes, ctx);
}
