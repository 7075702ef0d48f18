/**
 * A long dictionary's regex cut into pieces by the first letter of its keys. V8 stops optimising a regular
 * expression whose source is longer than 20 KB (no quick checks, no first-character dispatch): the merged
 * health and art. 9 trie crossed that line and ran at a tenth of the speed of the shorter ones. Pieces
 * with disjoint first letters, merged as below, find exactly what the whole regex finds.
 *
 * Why: the whole regex tries, at each position, a word start there (`^`) or one character later; at a
 * given word start only the keys with that first letter can match, and they are all in one piece, tried
 * in the same order. So the whole regex's next match from a position is, of the pieces' next matches,
 * the one at the lowest position, and at the same position the one whose word starts first.
 */
import type { Alternative } from './word-regex';
import { WORD_CHARS } from './word-regex';

/** Longest source kept whole: under V8's 20 KB, with room for the lists to grow. */
export const WHOLE_SOURCE_LIMIT = 16 * 1024;
/** Source length a piece is filled to: few pieces (each is a pass over the text), each well under the limit. */
const PIECE_SOURCE = 12 * 1024;
const WORD_START = new RegExp(`^[${WORD_CHARS}]`);

/** The alternatives by first character, each group in listed order; undefined when one cannot be cut. */
function byFirstCharacter(alternatives: readonly Alternative[]): Map<string, Alternative[]> | undefined {
  const byFirst = new Map<string, Alternative[]>();
  for (const alt of alternatives) {
    if (!WORD_START.test(alt.key)) return undefined;
    const first = alt.key.charAt(0);
    const group = byFirst.get(first);
    if (group === undefined) byFirst.set(first, [alt]);
    else group.push(alt);
  }
  return byFirst;
}

/**
 * The alternatives grouped into pieces by first character (each group in its listed order), or undefined
 * when they cannot be cut safely: a key that starts with anything but a word character (a space stands
 * for any white space, so its first character does not say which words it can match).
 */
export function piecesOf(
  alternatives: readonly Alternative[],
  sourceOf: (group: readonly Alternative[]) => string,
): Alternative[][] | undefined {
  const byFirst = byFirstCharacter(alternatives);
  if (byFirst === undefined) return undefined;
  const pieces: Alternative[][] = [];
  let piece: Alternative[] = [];
  let size = 0;
  for (const first of [...byFirst.keys()].sort()) {
    const group = byFirst.get(first) ?? [];
    const length = sourceOf(group).length;
    if (piece.length > 0 && size + length > PIECE_SOURCE) {
      pieces.push(piece);
      piece = [];
      size = 0;
    }
    piece.push(...group);
    size += length;
  }
  if (piece.length > 0) pieces.push(piece);
  return pieces.length > 1 ? pieces : undefined;
}

/**
 * Where a dictionary is cut, as data a process can keep (dictionary-sources.ts): the first character of
 * every piece but the first, '' for a dictionary run whole. Working it out builds the source of every
 * first-character group, which costs as much as building the whole regex; the pieces need only this.
 */
export function cutOf(
  alternatives: readonly Alternative[],
  wholeSourceLength: () => number,
  sourceOf: (group: readonly Alternative[]) => string,
): string {
  if (wholeSourceLength() <= WHOLE_SOURCE_LIMIT) return '';
  const pieces = piecesOf(alternatives, sourceOf);
  return pieces === undefined
    ? ''
    : pieces
        .map((piece) => piece[0]?.key.charAt(0) ?? '')
        .join('')
        .slice(1);
}

/**
 * The pieces {@link piecesOf} made for this cut, or undefined for none. Any cut (even one handed in damaged)
 * keeps each first character's group in one piece, so the merged matches are the whole regex's anyway.
 */
export function piecesAt(alternatives: readonly Alternative[], cut: string): Alternative[][] | undefined {
  const byFirst = cut === '' ? undefined : byFirstCharacter(alternatives);
  if (byFirst === undefined) return undefined;
  const pieces: Alternative[][] = [];
  for (const first of [...byFirst.keys()].sort()) {
    let index = 0;
    for (const start of cut) if (start <= first) index++;
    const piece = pieces[index] ?? (pieces[index] = []);
    piece.push(...(byFirst.get(first) ?? []));
  }
  const cutPieces = pieces.filter((piece) => piece !== undefined && piece.length > 0);
  return cutPieces.length > 1 ? cutPieces : undefined;
}

/** Where the word (group 1) of a dictionary match starts. */
function wordStart(m: RegExpExecArray): number {
  return m.index + m[0].length - (m[1] ?? '').length;
}

/**
 * Every match of the whole regex, in order, from its pieces (global regexes of the dictionary's shape):
 * `visit` is called with each; returning false stops the walk.
 */
export function eachPieceMatch(
  pieces: readonly RegExp[],
  text: string,
  visit: (m: RegExpExecArray) => boolean,
): void {
  // Each piece's next match from some earlier position: still its next one from any position up to it.
  const next: (RegExpExecArray | null | undefined)[] = pieces.map(() => undefined);
  let pos = 0;
  for (;;) {
    let best = -1;
    let found: RegExpExecArray | null = null;
    for (let i = 0; i < pieces.length; i++) {
      let m = next[i];
      if (m === undefined || (m !== null && m.index < pos)) {
        const re = pieces[i] as RegExp;
        re.lastIndex = pos;
        m = re.exec(text);
        next[i] = m;
      }
      if (m === null) continue;
      if (
        found === null ||
        m.index < found.index ||
        (m.index === found.index && wordStart(m) < wordStart(found))
      ) {
        found = m;
        best = i;
      }
    }
    if (found === null) return;
    next[best] = undefined;
    pos = found.index + found[0].length;
    if (found[0].length === 0) pos++;
    if (!visit(found)) return;
  }
}
