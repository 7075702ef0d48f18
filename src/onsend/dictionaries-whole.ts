/**
 * Stands in for `src/core/detection/dictionary-pieces.ts` in onsend.js (a webpack alias): every dictionary
 * runs as its one whole regex, never cut into pieces. The pieces find exactly what the whole regex finds
 * (see that module); they only let V8 optimise a regex over 20 KB, which pays on the task pane's and the
 * CLI's large files. A draft on send is small: measured with a 10 KB body and a 1 MB docx, the first
 * decision took as long either way and later sends about 15 ms more, for 0.47 KB of the 100 KB budget.
 */

/** No cut: the whole regex. */
export function cutOf(): string {
  return '';
}

/** No pieces for any cut. */
export function piecesAt(): undefined {
  return undefined;
}

/** Every match of the one regex there is (`words.ts` calls this only for more than one). */
export function eachPieceMatch(
  pieces: readonly RegExp[],
  text: string,
  visit: (m: RegExpExecArray) => boolean,
): void {
  const re = pieces[0];
  if (re === undefined) return;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && visit(m)) if (m[0].length === 0) re.lastIndex++;
}
