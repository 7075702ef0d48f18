/**
 * A minimal, forward-only XML tokenizer for reading text out of office documents. It refuses any
 * `<!DOCTYPE` (no DTD, so no entity expansion — billion laughs and external entities cannot happen) and
 * knows only the predefined and numeric character references.
 */
import { decodeEntities } from './entities';

/** Callbacks of {@link scanXml}; any may be left out. */
export interface XmlHandler {
  /** A start tag (`selfClosing` for `<x/>`); `name` without namespace prefix; `attrs` raw. */
  open?(name: string, attrs: string, selfClosing: boolean): void;
  close?(name: string): void;
  /** Character data with references decoded (CDATA passed as is). */
  text?(text: string): void;
}

/** How a scan ended. */
export type XmlOutcome = 'complete' | 'doctype' | 'stopped';

/**
 * Callbacks of {@link scanXmlRanges}: positions in the scanned string instead of cut-out strings, so a
 * reader of a large sheet can look at names and values by character code and allocate only what it keeps.
 * All three are required (their names tell them apart from {@link XmlHandler}).
 */
export interface XmlRangeHandler {
  /**
   * A start tag: the local name (prefix dropped) is `xml[nameStart, nameEnd)`, the raw attribute text
   * `xml[nameEnd, attrsEnd)`. A self-closing tag gets no separate close call.
   */
  openAt(xml: string, nameStart: number, nameEnd: number, attrsEnd: number, selfClosing: boolean): void;
  /** An end tag; the local name is `xml[nameStart, nameEnd)`. */
  closeAt(xml: string, nameStart: number, nameEnd: number): void;
  /** Character data `xml[from, to)`: raw (references not decoded) unless `cdata`. */
  textAt(xml: string, from: number, to: number, cdata: boolean): void;
}

/** Tags between checks of `shouldStop` (a clock read per tag would dominate the cost). */
export const TAGS_PER_STOP_CHECK = 4096;

/** End of the tag name starting at `from`: the first white space, `/` or `>` (never past the tag). */
function nameEnd(xml: string, from: number): number {
  let at = from;
  for (let code = xml.charCodeAt(at); code > 32 && code !== 47 && code !== 62; code = xml.charCodeAt(++at));
  return at;
}

/** Start of the local name in `xml[from, to)`: just past the last `:`. */
function localStart(xml: string, from: number, to: number): number {
  let start = from;
  for (let at = from; at < to; at++) if (xml.charCodeAt(at) === 58) start = at + 1;
  return start;
}

/** {@link XmlHandler} seen as an {@link XmlRangeHandler}: cuts out names, attributes and decoded text. */
export function rangeHandler(handler: XmlHandler): XmlRangeHandler {
  const { open, close, text } = handler;
  return {
    openAt: (xml, nameStart, nameEnd, attrsEnd, selfClosing) => {
      if (!open) return;
      const name = xml.slice(nameStart, nameEnd);
      open.call(handler, name, xml.slice(nameEnd, attrsEnd), selfClosing);
      if (selfClosing && close) close.call(handler, name);
    },
    closeAt: (xml, nameStart, nameEnd) => {
      if (close) close.call(handler, xml.slice(nameStart, nameEnd));
    },
    textAt: (xml, from, to, cdata) => {
      if (!text) return;
      const raw = xml.slice(from, to);
      text.call(handler, cdata ? raw : decodeEntities(raw));
    },
  };
}

/**
 * Walks `xml`, calling `handler`. Stops at a DOCTYPE (returning 'doctype') unless `skipDoctype`, or when
 * `shouldStop()` says so. Names are cut straight out of `xml` by character codes.
 */
export function scanXml(
  xml: string,
  handler: XmlHandler,
  shouldStop?: () => boolean,
  options: { readonly skipDoctype?: boolean } = {},
): XmlOutcome {
  return scanXmlRanges(xml, xml.length, rangeHandler(handler), shouldStop, options);
}

/**
 * {@link scanXml} over `xml[0, to)` reporting positions: exactly as if `xml.slice(0, to)` were scanned,
 * without making that copy. On a large sheet this runs millions of times, and every intermediate string
 * would be garbage to collect.
 */
export function scanXmlRanges(
  xml: string,
  to: number,
  handler: XmlRangeHandler,
  shouldStop?: () => boolean,
  options: { readonly skipDoctype?: boolean } = {},
): XmlOutcome {
  const n = Math.min(to, xml.length);
  const step: MarkupStep = { at: 0, tags: 0, outcome: undefined };
  const skipDoctype = options.skipDoctype === true;
  while (step.at < n) {
    // The two searches made per tag are plain `indexOf`s, bounded by hand (`findBefore` is for the rare rest).
    let lt = xml.indexOf('<', step.at);
    if (lt >= n) lt = -1;
    if (lt < 0) {
      handler.textAt(xml, step.at, n, false);
      break;
    }
    if (lt > step.at) handler.textAt(xml, step.at, lt, false);
    scanMarkupAt(xml, lt, n, step, handler, shouldStop, skipDoctype);
    if (step.outcome !== undefined) return step.outcome;
  }
  return 'complete';
}

/** Where a walk over `xml[0, n)` is: the next position to read, tags seen, and how it ended (once it has). */
export interface MarkupStep {
  at: number;
  tags: number;
  outcome: XmlOutcome | undefined;
}

/** `indexOf` limited to `xml[0, n)`: a match running past `n` is no match. */
function findBefore(xml: string, what: string, from: number, n: number): number {
  const at = xml.indexOf(what, from);
  return at < 0 || at + what.length > n ? -1 : at;
}

/**
 * One step of {@link scanXmlRanges}: the markup starting at `lt` (a `<` before `n`, any text before it
 * already reported). Moves `step.at` past it, or sets `step.outcome` when the walk ends there. Exported
 * for readers that recognise some markup whole and hand the rest to this step.
 */
export function scanMarkupAt(
  xml: string,
  lt: number,
  n: number,
  step: MarkupStep,
  handler: XmlRangeHandler,
  shouldStop: (() => boolean) | undefined,
  skipDoctype: boolean,
): void {
  const c = lt + 1 < n ? xml.charCodeAt(lt + 1) : -1;
  if (c === 33 /* ! */) {
    if (lt + 9 <= n && xml.startsWith('<![CDATA[', lt)) {
      const end = findBefore(xml, ']]>', lt + 9, n);
      handler.textAt(xml, lt + 9, end < 0 ? n : end, true);
      step.at = end < 0 ? n : end + 3;
      return;
    }
    if (lt + 4 <= n && xml.startsWith('<!--', lt)) {
      const end = findBefore(xml, '-->', lt + 4, n);
      step.at = end < 0 ? n : end + 3;
      return;
    }
    // <!DOCTYPE, <!ENTITY, <!ELEMENT...: declarations are never honoured. Office parts are refused;
    // generic XML may skip them (entity references then stay literal text).
    if (!skipDoctype) step.outcome = 'doctype';
    else step.at = declarationEnd(xml, lt, n);
    return;
  }
  const gt = xml.indexOf('>', lt + 1);
  if (gt < 0 || gt >= n) {
    step.outcome = 'complete';
    return;
  }
  step.at = gt + 1;
  if (c === 63 /* ? */) return;
  if (++step.tags % TAGS_PER_STOP_CHECK === 0 && shouldStop && shouldStop()) {
    step.outcome = 'stopped';
    return;
  }
  if (c === 47 /* / */) {
    const end = nameEnd(xml, lt + 2);
    handler.closeAt(xml, localStart(xml, lt + 2, end), end);
    return;
  }
  const selfClosing = xml.charCodeAt(gt - 1) === 47;
  const end = nameEnd(xml, lt + 1);
  handler.openAt(
    xml,
    localStart(xml, lt + 1, end),
    end,
    Math.max(end, selfClosing ? gt - 1 : gt),
    selfClosing,
  );
}

/** End of a `<!DOCTYPE …>` declaration, past its internal subset `[…]` when it has one. */
function declarationEnd(xml: string, from: number, n: number): number {
  const gt = findBefore(xml, '>', from, n);
  const bracket = findBefore(xml, '[', from, n);
  const close = bracket >= 0 && (gt < 0 || bracket < gt) ? findBefore(xml, ']', bracket, n) : from;
  const end = findBefore(xml, '>', close < 0 ? from : close, n);
  return end < 0 ? n : end + 1;
}

const ATTRIBUTE_PATTERNS: { [name: string]: RegExp } = {};

/** The (decoded) value of attribute `name` (qualified, e.g. `r:id`) in a tag's raw attribute text. */
export function attribute(attrs: string, name: string): string | undefined {
  let pattern = ATTRIBUTE_PATTERNS[name];
  if (!pattern) {
    // `name="value"` or `name='value'`, preceded by white space so `id` does not match `r:id`.
    pattern = new RegExp('\\s' + name.replace(/[.:-]/g, '\\$&') + '\\s*=\\s*(?:"([^"]*)"|\'([^\']*)\')');
    ATTRIBUTE_PATTERNS[name] = pattern;
  }
  const match = pattern.exec(attrs);
  if (!match) return undefined;
  return decodeEntities(match[1] ?? match[2] ?? '');
}
