/**
 * Domains already in the conversation: the sender's, and every address written in the quoted or
 * forwarded history of the body (its `From:`/`Till:` headers and signatures).
 */
import type { Span } from '../detection/types';
import { domainOf } from './domains';

/** An address's domain after `@`; no nested quantifiers, so linear. */
const ADDRESS = /@([A-Za-z0-9\u00a0-\uffff-]+(?:\.[A-Za-z0-9\u00a0-\uffff-]+)+)/g;
/** Enough for any real thread; a cap keeps a hostile body from making the comparison slow. */
const MAX_DOMAINS = 100;

export function conversationDomains(
  body: string,
  history: readonly Span[],
  from?: string,
): readonly string[] {
  const out: string[] = [];
  const add = (d: string): void => {
    if (d !== '' && out.indexOf(d) < 0 && out.length < MAX_DOMAINS) out.push(d);
  };
  if (from !== undefined) add(domainOf(from));
  for (const span of history) {
    const text = body.slice(span.start, span.end);
    ADDRESS.lastIndex = 0;
    for (let m = ADDRESS.exec(text); m; m = ADDRESS.exec(text)) add(domainOf(`x@${m[1] as string}`));
  }
  return out;
}
