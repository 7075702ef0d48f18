/**
 * Inflates one zip entry under the limits: declared size, actual size (counted while inflating, so a
 * bomb stops after at most one chunk's worth of output), compression ratio, total across the attachment
 * and the time budget.
 */
import { Inflate } from 'fflate';
import type { ExtractContext } from './limits';
import { outOfTime, RATIO_EXEMPT_BYTES, sizeText, timeReason } from './limits';
import type { ZipEntry } from './zip-directory';
import { dataOffset } from './zip-directory';

/** An entry's bytes, or the limit or problem that stopped reading it. */
export type EntryRead =
  | { readonly kind: 'ok'; readonly data: Uint8Array }
  | { readonly kind: 'limit' | 'encrypted' | 'unsupported' | 'damaged'; readonly reason: string };

/**
 * Compressed bytes fed to the inflater per step. DEFLATE expands at most ~1032×, so one step yields at
 * most ~16 MB before the counters are checked again. (Smaller steps cost fflate's streaming inflater
 * more than twice the time on large sheets; larger ones would let a lying bomb overshoot further.)
 */
const INPUT_CHUNK = 16 * 1024;

function ratioTooHigh(out: number, compressed: number, ctx: ExtractContext): boolean {
  return out > RATIO_EXEMPT_BYTES && out > ctx.limits.maxCompressionRatio * Math.max(compressed, 1);
}

/** Checks what the archive claims before any work is done. */
function checkDeclared(entry: ZipEntry, ctx: ExtractContext): string | undefined {
  const { limits } = ctx;
  if (entry.declaredSize > limits.maxEntryBytes) {
    return `${entry.name} declares ${sizeText(entry.declaredSize)}, over the limit of ${sizeText(limits.maxEntryBytes)} per entry`;
  }
  if (ctx.tally.inflatedBytes + entry.declaredSize > limits.maxTotalInflatedBytes) {
    return (
      `${entry.name} declares ${sizeText(entry.declaredSize)}; with ${sizeText(ctx.tally.inflatedBytes)} ` +
      `already inflated that passes the total limit of ${sizeText(limits.maxTotalInflatedBytes)}`
    );
  }
  if (ratioTooHigh(entry.declaredSize, entry.compressedSize, ctx)) {
    return (
      `${entry.name} declares ${sizeText(entry.declaredSize)} from ${sizeText(entry.compressedSize)} ` +
      `compressed, a compression ratio over the limit of ${limits.maxCompressionRatio}`
    );
  }
  return undefined;
}

/** Receives inflated data as it comes; returning false stops reading (early, not an error). */
export type EntrySink = (chunk: Uint8Array) => boolean;

/** How streaming an entry ended. `stopped`: the sink asked to stop. */
export type EntryStream =
  | { readonly kind: 'ok' | 'stopped' }
  | { readonly kind: 'limit' | 'encrypted' | 'unsupported' | 'damaged'; readonly reason: string };

/** Streams an entry's bytes into `sink` under the limits, or says which limit or problem stopped it. */
export function streamEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  ctx: ExtractContext,
  sink: EntrySink,
): EntryStream {
  if (entry.encrypted) return { kind: 'encrypted', reason: `${entry.name} is password-protected` };
  if (entry.method !== 0 && entry.method !== 8) {
    return { kind: 'unsupported', reason: `${entry.name} uses compression method ${entry.method}` };
  }
  const declared = checkDeclared(entry, ctx);
  if (declared) return { kind: 'limit', reason: declared };
  const start = dataOffset(bytes, entry);
  if (start < 0 || start + entry.compressedSize > bytes.length) {
    return { kind: 'damaged', reason: `${entry.name} is cut off` };
  }
  const input = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    ctx.tally.inflatedBytes += input.length;
    return { kind: sink(input) ? 'ok' : 'stopped' };
  }
  if (input.length === 0 && entry.declaredSize > 0)
    return { kind: 'damaged', reason: `${entry.name} is empty` };
  return inflateLimited(input, entry, ctx, sink);
}

/** Reads an entry's bytes whole (small parts), or says which limit or problem stopped it. */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, ctx: ExtractContext): EntryRead {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const outcome = streamEntry(bytes, entry, ctx, (chunk) => {
    chunks.push(chunk);
    length += chunk.length;
    return true;
  });
  switch (outcome.kind) {
    case 'ok':
    case 'stopped':
      return { kind: 'ok', data: concat(chunks, length) };
    case 'damaged':
    case 'encrypted':
    case 'limit':
    case 'unsupported':
      return outcome;
  }
}

function inflateLimited(
  input: Uint8Array,
  entry: ZipEntry,
  ctx: ExtractContext,
  sink: EntrySink,
): EntryStream {
  const { limits } = ctx;
  // The actual output may not exceed what was declared (a lying header is itself a sign of a bomb).
  const cap = Math.min(
    limits.maxEntryBytes,
    limits.maxTotalInflatedBytes - ctx.tally.inflatedBytes,
    entry.declaredSize,
  );
  let produced = 0;
  let wanted = true;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (wanted && produced <= cap) wanted = sink(chunk);
  });
  let stopped: string | undefined;
  for (let at = 0; at < input.length && stopped === undefined && wanted; at += INPUT_CHUNK) {
    const end = Math.min(at + INPUT_CHUNK, input.length);
    try {
      inflater.push(input.subarray(at, end), end === input.length);
    } catch (error: unknown) {
      // fflate throws plain Errors for invalid DEFLATE data: the entry is damaged, the archive may not be.
      ctx.tally.inflatedBytes += Math.min(produced, cap);
      return {
        kind: 'damaged',
        reason: `${entry.name} is damaged (${error instanceof Error ? error.message : 'inflate error'})`,
      };
    }
    if (produced > cap)
      stopped = `${entry.name} inflates past ${sizeText(cap)} (declared ${sizeText(entry.declaredSize)})`;
    else if (ratioTooHigh(produced, end, ctx))
      stopped =
        `${entry.name} inflated ${sizeText(produced)} from ${sizeText(end)} compressed, ` +
        `a compression ratio over the limit of ${limits.maxCompressionRatio}`;
    else if (outOfTime(ctx)) stopped = timeReason(ctx);
  }
  ctx.tally.inflatedBytes += Math.min(produced, cap);
  if (stopped !== undefined) return { kind: 'limit', reason: stopped };
  return { kind: wanted ? 'ok' : 'stopped' };
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
