/**
 * {@link scanXml} over text that arrives in pieces (an XML part being inflated): each piece is scanned up
 * to its last `<`, the rest is carried into the next, so tags, entities and comments are never split.
 */
import type { XmlHandler, XmlOutcome } from './xml';
import { scanXml } from './xml';

/** Where it is safe to cut `buffer`: before its last `<`, or before a comment / CDATA still open there. */
function safeCut(buffer: string): number {
  let cut = buffer.lastIndexOf('<');
  if (cut <= 0) return 0;
  // One backward search decides whether comments or CDATA need looking at (sheets rarely have any).
  if (buffer.lastIndexOf('<!', cut) < 0) return cut;
  const comment = buffer.lastIndexOf('<!--', cut);
  if (comment >= 0) {
    const close = buffer.indexOf('-->', comment);
    if (close < 0 || close > cut) cut = comment;
  }
  const cdata = buffer.lastIndexOf('<![CDATA[', cut);
  if (cdata >= 0) {
    const close = buffer.indexOf(']]>', cdata);
    if (close < 0 || close > cut) cut = cdata;
  }
  return cut;
}

export class XmlStream {
  private carry = '';
  private outcome: XmlOutcome = 'complete';

  constructor(
    private readonly handler: XmlHandler,
    private readonly shouldStop?: () => boolean,
  ) {}

  /** Scans what can be scanned; returns false once the scan has ended (DOCTYPE or stop). */
  push(text: string): boolean {
    if (this.outcome !== 'complete') return false;
    const buffer = this.carry + text;
    const cut = safeCut(buffer);
    this.carry = buffer.slice(cut);
    if (cut > 0) this.outcome = scanXml(buffer.slice(0, cut), this.handler, this.shouldStop);
    return this.outcome === 'complete';
  }

  /** Scans the rest and says how the whole scan ended. */
  end(): XmlOutcome {
    if (this.outcome === 'complete' && this.carry)
      this.outcome = scanXml(this.carry, this.handler, this.shouldStop);
    this.carry = '';
    return this.outcome;
  }
}
