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

/** Tags between checks of `shouldStop` (a clock read per tag would dominate the cost). */
const TAGS_PER_STOP_CHECK = 4096;

/** End of the tag name starting at `from`: the first white space, `/` or `>` (never past the tag). */
function nameEnd(xml: string, from: number): number {
  let at = from;
  for (let code = xml.charCodeAt(at); code > 32 && code !== 47 && code !== 62; code = xml.charCodeAt(++at));
  return at;
}

/** The name in `xml[from, to)` without its namespace prefix, cut out as one string. */
function localNameAt(xml: string, from: number, to: number): string {
  let start = from;
  for (let at = from; at < to; at++) if (xml.charCodeAt(at) === 58) start = at + 1;
  return xml.slice(start, to);
}

/**
 * Walks `xml`, calling `handler`. Stops at a DOCTYPE (returning 'doctype') unless `skipDoctype`, or when
 * `shouldStop()` says so. Names are cut straight out of `xml` by character codes: on a large sheet this
 * runs millions of times, and every intermediate string is garbage to collect.
 */
export function scanXml(
  xml: string,
  handler: XmlHandler,
  shouldStop?: () => boolean,
  options: { readonly skipDoctype?: boolean } = {},
): XmlOutcome {
  let i = 0;
  let tags = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      if (handler.text) emitText(handler, xml.slice(i));
      break;
    }
    if (lt > i && handler.text) emitText(handler, xml.slice(i, lt));
    const c = xml.charAt(lt + 1);
    if (c === '!') {
      if (xml.substr(lt, 9) === '<![CDATA[') {
        const end = xml.indexOf(']]>', lt + 9);
        if (handler.text) handler.text(xml.slice(lt + 9, end < 0 ? n : end));
        i = end < 0 ? n : end + 3;
        continue;
      }
      if (xml.substr(lt, 4) === '<!--') {
        const end = xml.indexOf('-->', lt + 4);
        i = end < 0 ? n : end + 3;
        continue;
      }
      // <!DOCTYPE, <!ENTITY, <!ELEMENT...: declarations are never honoured. Office parts are refused;
      // generic XML may skip them (entity references then stay literal text).
      if (!options.skipDoctype) return 'doctype';
      i = declarationEnd(xml, lt);
      continue;
    }
    const gt = xml.indexOf('>', lt + 1);
    if (gt < 0) break;
    i = gt + 1;
    if (c === '?') continue;
    if (++tags % TAGS_PER_STOP_CHECK === 0 && shouldStop && shouldStop()) return 'stopped';
    if (c === '/') {
      if (handler.close) handler.close(localNameAt(xml, lt + 2, nameEnd(xml, lt + 2)));
      continue;
    }
    if (!handler.open) continue;
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const attrsEnd = selfClosing ? gt - 1 : gt;
    const end = nameEnd(xml, lt + 1);
    const name = localNameAt(xml, lt + 1, end);
    handler.open(name, xml.slice(end, attrsEnd), selfClosing);
    if (selfClosing && handler.close) handler.close(name);
  }
  return 'complete';
}

/** End of a `<!DOCTYPE …>` declaration, past its internal subset `[…]` when it has one. */
function declarationEnd(xml: string, from: number): number {
  const gt = xml.indexOf('>', from);
  const bracket = xml.indexOf('[', from);
  const close = bracket >= 0 && (gt < 0 || bracket < gt) ? xml.indexOf(']', bracket) : from;
  const end = xml.indexOf('>', close < 0 ? from : close);
  return end < 0 ? xml.length : end + 1;
}

function emitText(handler: XmlHandler, raw: string): void {
  if (handler.text) handler.text(decodeEntities(raw));
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
