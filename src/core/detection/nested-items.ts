/**
 * Nested lists: an item indented under another item hangs from it ("1. Amina Farah" over "   - Wears a
 * hijab"), as a list hangs from its lead-in line (`sentences.ts`).
 */
import type { Span } from './types';
import { isItem, lineStart } from './sentences';

/** How far a line is indented: its leading spaces and tabs. */
function indentOf(text: string, start: number): number {
  let i = start;
  while (text.charAt(i) === ' ' || text.charAt(i) === '\t') i++;
  return i - start;
}

/**
 * The item a nested list item hangs from: the nearest item above it that is indented less ("1. Amina
 * Farah" over "   - Wears a hijab"), or undefined when the item is not nested. Looks back over at most
 * `maxItems` lines, and not across a blank line.
 */
export function parentItem(text: string, offset: number, maxItems = 20): Span | undefined {
  let start = lineStart(text, offset);
  if (!isItem(text, start)) return undefined;
  const indent = indentOf(text, start);
  if (indent === 0) return undefined;
  for (let n = 0; n < maxItems && start > 0; n++) {
    const prev = lineStart(text, start - 1);
    if (text.slice(prev, start - 1).trim() === '' || !isItem(text, prev)) return undefined;
    if (indentOf(text, prev) < indent) return { start: prev, end: start - 1 };
    start = prev;
  }
  return undefined;
}
