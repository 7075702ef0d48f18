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

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/**
 * Walks `xml`, calling `handler`. Stops at a DOCTYPE (returning 'doctype') unless `skipDoctype`, or when
 * `shouldStop()` says so.
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
      if (handler.close) handler.close(localName(xml.slice(lt + 2, gt).trim()));
      continue;
    }
    if (!handler.open) continue;
    const selfClosing = xml.charAt(gt - 1) === '/';
    const inner = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
    const space = inner.search(/[\s]/);
    const name = space < 0 ? inner : inner.slice(0, space);
    handler.open(localName(name), space < 0 ? '' : inner.slice(space), selfClosing);
    if (selfClosing && handler.close) handler.close(localName(name));
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

/**
 * All attributes of a tag in one pass (faster than several {@link attribute} calls on hot paths such
 * as spreadsheet cells). Values are returned raw: callers decode references when they need to.
 */
export function attributes(attrs: string): { [name: string]: string } {
  const out: { [name: string]: string } = {};
  let i = 0;
  const n = attrs.length;
  while (i < n) {
    const eq = attrs.indexOf('=', i);
    if (eq < 0) break;
    const name = attrs.slice(i, eq).trim();
    let q = eq + 1;
    while (q < n && attrs.charCodeAt(q) <= 32) q++;
    const quote = attrs.charAt(q);
    if (quote !== '"' && quote !== "'") break;
    const end = attrs.indexOf(quote, q + 1);
    if (end < 0) break;
    out[name] = attrs.slice(q + 1, end);
    i = end + 1;
  }
  return out;
}
