/** Reading manifest.xml in tests: fast-xml-parser in ordered mode, plus small navigation helpers. */
import { XMLParser } from 'fast-xml-parser';

/** An element in fast-xml-parser's `preserveOrder` form: `{ Tag: children, ':@': attributes }`. */
export type XmlNode = { readonly [key: string]: unknown };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  commentPropName: '#comment',
  trimValues: true,
});

export function parseXml(xml: string): XmlNode[] {
  return parser.parse(xml) as XmlNode[];
}

/** The element's tag name (`#text` and `#comment` for those nodes). */
export function tagOf(node: XmlNode): string {
  return Object.keys(node).find((key) => key !== ':@') ?? '';
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

/** Child elements only (no text, no comments). */
export function elementsOf(node: XmlNode): XmlNode[] {
  return childrenOf(node).filter((child) => !tagOf(child).startsWith('#'));
}

export function attr(node: XmlNode, name: string): string | undefined {
  const attributes = node[':@'] as { readonly [key: string]: string } | undefined;
  return attributes?.[name];
}

export function textOf(node: XmlNode): string {
  return childrenOf(node)
    .map((child) => (tagOf(child) === '#text' ? String(child['#text']) : ''))
    .join('');
}

/** The first child element with this tag; throws so a missing element fails the test clearly. */
export function child(node: XmlNode, tag: string): XmlNode {
  const found = elementsOf(node).find((c) => tagOf(c) === tag);
  if (!found) throw new Error(`<${tagOf(node)}> has no <${tag}>`);
  return found;
}

/** Every descendant element with this tag, in document order. */
export function descendants(node: XmlNode, tag: string): XmlNode[] {
  const out: XmlNode[] = [];
  for (const c of elementsOf(node)) {
    if (tagOf(c) === tag) out.push(c);
    out.push(...descendants(c, tag));
  }
  return out;
}

/** Follows a path of tags from `node`. */
export function path(node: XmlNode, ...tags: string[]): XmlNode {
  return tags.reduce((current, tag) => child(current, tag), node);
}
