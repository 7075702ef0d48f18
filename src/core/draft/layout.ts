/**
 * The layout of a body: the sender's own text, quoted/forwarded history, and signature blocks.
 */
import type { Span } from '../detection/types';
import { headerBlockEnd, historyStarts } from './history';
import { splitLines, type Line } from './lines';
import { signatureStart } from './signature';

export interface BodyLayout {
  /** Quoted (`>` lines) and forwarded history, in order. */
  readonly quoted: readonly Span[];
  /** The sender's own signature block, if one was found. */
  readonly ownSignature?: Span;
  /** Signature blocks of the earlier messages in the history. */
  readonly quotedSignatures: readonly Span[];
  /** Header blocks of the earlier messages (`Från: … Skickat: … Till: …`, `On … wrote:`). */
  readonly historyHeaders: readonly Span[];
}

/** Runs of consecutive `>` lines in `lines[from..to)`, as line index ranges. */
function quotedRuns(lines: readonly Line[], from: number, to: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let runStart = -1;
  for (let i = from; i <= to; i++) {
    const quoted = i < to && lines[i]?.quoted === true;
    if (quoted && runStart < 0) runStart = i;
    if (!quoted && runStart >= 0) {
      runs.push([runStart, i]);
      runStart = -1;
    }
  }
  return runs;
}

function endOf(lines: readonly Line[], to: number): number {
  return lines[to - 1]?.end ?? 0;
}

/**
 * Splits a plain-text body. Everything from the first history marker on is history; `>` lines before
 * it are history too. The sender's own signature is looked for in the own lines only (before history,
 * outside `>` runs); each earlier message gets its own signature search.
 */
export function layoutBody(body: string, senderNames: readonly string[]): BodyLayout {
  const lines = splitLines(body);
  const starts = historyStarts(lines);
  const ownEnd = starts[0] ?? lines.length;
  const quoted: Span[] = [];
  const quotedSignatures: Span[] = [];
  for (const [a, b] of quotedRuns(lines, 0, ownEnd)) {
    quoted.push({ start: lines[a]?.start ?? 0, end: endOf(lines, b) });
    const sig = signatureStart(lines, a, b, []);
    if (sig !== undefined) quotedSignatures.push({ start: sig, end: endOf(lines, b) });
  }
  if (ownEnd < lines.length) quoted.push({ start: lines[ownEnd]?.start ?? 0, end: body.length });
  const historyHeaders: Span[] = [];
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k] ?? 0;
    const to = starts[k + 1] ?? lines.length;
    const headerEnd = Math.min(headerBlockEnd(lines, from), to);
    historyHeaders.push({ start: lines[from]?.start ?? 0, end: endOf(lines, headerEnd) });
    const sig = signatureStart(lines, headerEnd, to, []);
    if (sig !== undefined) quotedSignatures.push({ start: sig, end: endOf(lines, to) });
    // A bottom-posted reply ends with the writer's own text after the `>` quote, so the block's last
    // sign-off is not the quoted message's: each `>` run gets its own signature search too.
    for (const [a, b] of quotedRuns(lines, headerEnd, to)) {
      const runSig = signatureStart(lines, a, b, []);
      if (runSig !== undefined) quotedSignatures.push({ start: runSig, end: endOf(lines, b) });
    }
  }
  // The own signature ignores interleaved `>` lines: own lines only.
  const ownLines = lines.slice(0, ownEnd).filter((l) => !l.quoted);
  const own = signatureStart(ownLines, 0, ownLines.length, senderNames);
  const ownLast = ownLines[ownLines.length - 1];
  return {
    quoted,
    quotedSignatures,
    historyHeaders,
    ...(own !== undefined && ownLast ? { ownSignature: { start: own, end: ownLast.end } } : {}),
  };
}

/** Whether `span` lies inside any of `spans`. */
export function within(span: Span, spans: readonly Span[]): boolean {
  for (const s of spans) if (span.start >= s.start && span.end <= s.end) return true;
  return false;
}
