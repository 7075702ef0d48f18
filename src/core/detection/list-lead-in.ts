/**
 * The lead-in of a list, as `listLeadIn` in sentences.ts finds it, with the walk up over plain lines
 * remembered per line. In a sheet with no blank lines every line would otherwise look back over up to
 * MAX_PLAIN_ITEMS lines; the walk from a line ends where the walk from the line above it ends, one line
 * later, so each line is read once.
 */
import type { Span } from './types';
import { colonLineAbove, leadIn, lineStart, MAX_PLAIN_ITEMS } from './sentences';

/** Where the walk up from a line stops: after `steps` lines (at most BEYOND), with `found`. */
export interface PlainWalk {
  readonly steps: number;
  readonly found: Span | undefined;
}

/** Any walk longer than the limit: its end no longer matters, so its length is not kept exactly. */
const BEYOND = MAX_PLAIN_ITEMS + 1;
const FROM_TOP: PlainWalk = { steps: 0, found: undefined };
const CR = 13;
const SPACE = 32;
const TAB = 9;
const COLON = 58;
/** What `trim` removes (`\s` is the same set of characters). */
const WHITE = /\s/;

/**
 * The same span as `listLeadIn(text, offset)`. `walks` holds the walks known so far for this text, by
 * line start: one map per text, kept by the caller for as long as the text is scanned.
 */
export function rememberedListLeadIn(
  text: string,
  offset: number,
  walks: Map<number, PlainWalk>,
): Span | undefined {
  const bulleted = leadIn(text, offset);
  if (bulleted !== undefined) return bulleted;
  const walk = plainWalk(text, lineStart(text, offset), walks);
  return walk.steps <= MAX_PLAIN_ITEMS ? walk.found : undefined;
}

/** The line that stops the walk at `at` (a blank line or a colon line right above it), if it is one. */
function stopAbove(text: string, at: number): PlainWalk | undefined {
  const prev = lineStart(text, at - 1);
  // Read from the line's end: most lines end in neither a colon nor white space, and are done with at once.
  let i = at - 2;
  if (i >= prev && text.charCodeAt(i) === CR) i--;
  while (i >= prev && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i--;
  if (i >= prev && text.charCodeAt(i) === COLON) return { steps: 1, found: { start: prev, end: at - 1 } };
  while (i >= prev && WHITE.test(text.charAt(i))) i--;
  return i < prev ? { steps: 1, found: colonLineAbove(text, prev) } : undefined;
}

function plainWalk(text: string, start: number, walks: Map<number, PlainWalk>): PlainWalk {
  const below: number[] = []; // the line starts walked over, the nearest to `at` last
  let at = start;
  let end: PlainWalk | undefined;
  while (end === undefined) {
    end = walks.get(at);
    if (end !== undefined) break;
    if (at === 0) end = FROM_TOP;
    else if ((end = stopAbove(text, at)) !== undefined) walks.set(at, end);
    else if (below.length === MAX_PLAIN_ITEMS) {
      // `start` is more than the limit away from any stop; the lines in between are not known yet.
      const far: PlainWalk = { steps: BEYOND, found: undefined };
      walks.set(start, far);
      return far;
    } else {
      below.push(at);
      at = lineStart(text, at - 1);
    }
  }
  let walk = end;
  for (let i = below.length - 1; i >= 0; i--) {
    walk = { steps: Math.min(walk.steps + 1, BEYOND), found: walk.found };
    walks.set(below[i] as number, walk);
  }
  return walk;
}
