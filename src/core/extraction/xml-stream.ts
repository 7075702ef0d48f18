/**
 * {@link scanXml} over text that arrives in pieces (an XML part being inflated): each piece is scanned up
 * to its last `<`, the rest is carried into the next, so tags, entities and comments are never split.
 */
import type { XmlHandler, XmlOutcome, XmlRangeHandler } from './xml';
import { rangeHandler, scanXmlRanges } from './xml';

/** Where it is safe to cut `buffer`: before its last `<`, or before a comment / CDATA still open there. */
function safeCut(buffer: string): number {
  let cut = buffer.lastIndexOf('<');
  if (cut <= 0) return 0;
  // Whether comments or CDATA need looking at (sheets rarely have any): a text without `!` has no `<!`,
  // and a search for one character is much faster than one for `<!` in markup full of `<`.
  if (buffer.indexOf('!') < 0 || buffer.lastIndexOf('<!', cut) < 0) return cut;
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

/** A reader that walks the text itself, as {@link scanXmlRanges} would (e.g. a sheet reading cells whole). */
export interface XmlScanner {
  scanRanges(xml: string, to: number, shouldStop?: () => boolean): XmlOutcome;
}

export class XmlStream {
  private carry = '';
  private outcome: XmlOutcome = 'complete';
  private readonly scanner: XmlScanner;

  constructor(
    handler: XmlHandler | XmlRangeHandler | XmlScanner,
    private readonly shouldStop?: () => boolean,
  ) {
    if ('scanRanges' in handler) this.scanner = handler;
    else {
      const ranges = 'openAt' in handler ? handler : rangeHandler(handler);
      this.scanner = { scanRanges: (xml, to, stop) => scanXmlRanges(xml, to, ranges, stop) };
    }
  }

  /**
   * Scans what can be scanned; returns false once the scan has ended (DOCTYPE or stop). The buffer is
   * scanned up to the cut in place: only the short unfinished tail is copied.
   */
  push(text: string): boolean {
    if (this.outcome !== 'complete') return false;
    const buffer = this.carry === '' ? text : this.carry + text;
    const cut = safeCut(buffer);
    this.carry = cut === 0 ? buffer : buffer.slice(cut);
    if (cut > 0) this.outcome = this.scanner.scanRanges(buffer, cut, this.shouldStop);
    return this.outcome === 'complete';
  }

  /** Scans the rest and says how the whole scan ended. */
  end(): XmlOutcome {
    if (this.outcome === 'complete' && this.carry)
      this.outcome = this.scanner.scanRanges(this.carry, this.carry.length, this.shouldStop);
    this.carry = '';
    return this.outcome;
  }
}
