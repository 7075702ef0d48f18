/**
 * Where findings are, in human terms: "in the body, lines 2–4", "in Lönelista.xlsx, Lönelista!B2:B21",
 * "in rapport.pdf, page 3". Reads the optional position fields of `where` (line, sheet and cell, page, slide)
 * whenever the scan knows them.
 */
import type { DraftFinding, Where } from '../../core/draft/types';
import type { Strings } from '../strings';

/** Positions a scan may know besides the offsets. */
export interface Position {
  readonly line?: number;
  readonly sheet?: string;
  readonly cell?: string;
  readonly page?: number;
  readonly slide?: number;
}

/** The position fields of a `where`, whichever of them are there. */
export function positionOf(where: Where): Position {
  const w = where as Where & Position;
  return {
    ...(typeof w.line === 'number' ? { line: w.line } : {}),
    ...(typeof w.sheet === 'string' ? { sheet: w.sheet } : {}),
    ...(typeof w.cell === 'string' ? { cell: w.cell } : {}),
    ...(typeof w.page === 'number' ? { page: w.page } : {}),
    ...(typeof w.slide === 'number' ? { slide: w.slide } : {}),
  };
}

/** The 1-based line of `offset` in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** One place a line of the pane points at: a part of the draft or an attached file. */
export interface PlaceGroup {
  readonly key: string;
  readonly findings: readonly DraftFinding[];
}

/** Findings gathered by part or file, in order of first appearance. */
export function byPlace(findings: readonly DraftFinding[]): PlaceGroup[] {
  const groups: { key: string; findings: DraftFinding[] }[] = [];
  for (const f of findings) {
    const key = f.where.attachment !== undefined ? `file:${f.where.attachment}` : `part:${f.where.part}`;
    const group = groups.find((g) => g.key === key);
    if (group) group.findings.push(f);
    else groups.push({ key, findings: [f] });
  }
  return groups;
}

/** "2–4", "2, 5 and 9", "2, 5, 9 …": numbers in order, a range when they follow on. */
function numbers(strings: Strings, values: readonly number[]): string {
  const sorted = Array.from(new Set(values)).sort((a, b) => a - b);
  const first = sorted[0] as number;
  const last = sorted[sorted.length - 1] as number;
  if (sorted.length > 1 && last - first === sorted.length - 1) return `${first}–${last}`;
  const shown = sorted.slice(0, 3).map(String);
  return sorted.length > 3 ? `${shown.join(', ')} …` : strings.list(shown);
}

/** "Lönelista!C4" or "Lönelista!B2:B21" (first and last cell of the sheet, in document order). */
function cells(findings: readonly DraftFinding[]): string | undefined {
  const bySheet = new Map<string, string[]>();
  for (const f of findings) {
    const p = positionOf(f.where);
    if (p.cell === undefined) continue;
    const sheet = p.sheet ?? '';
    const list = bySheet.get(sheet) ?? [];
    if (list.indexOf(p.cell) < 0) list.push(p.cell);
    bySheet.set(sheet, list);
  }
  const parts: string[] = [];
  bySheet.forEach((list, sheet) => {
    const range =
      list.length === 1 ? (list[0] as string) : `${list[0] as string}:${list[list.length - 1] as string}`;
    parts.push(sheet === '' ? range : `${sheet}!${range}`);
  });
  return parts.length === 0 ? undefined : parts.slice(0, 2).join(', ') + (parts.length > 2 ? ' …' : '');
}

/** The position detail of a group: cells, pages, slides or lines, whichever the scan knows. */
function detail(strings: Strings, findings: readonly DraftFinding[]): string | undefined {
  const positions = findings.map((f) => positionOf(f.where));
  const cellText = cells(findings);
  if (cellText !== undefined) return cellText;
  const pick = (k: 'page' | 'slide' | 'line'): number[] =>
    positions.map((p) => p[k]).filter((n): n is number => n !== undefined);
  const pages = pick('page');
  if (pages.length > 0) return strings.position.page(new Set(pages).size, numbers(strings, pages));
  const slides = pick('slide');
  if (slides.length > 0) return strings.position.slide(new Set(slides).size, numbers(strings, slides));
  const lines = pick('line');
  if (lines.length > 0) return strings.position.line(new Set(lines).size, numbers(strings, lines));
  return undefined;
}

/** "in the body, line 3" / "in personallista.xlsx, Blad1!B2:B4" for one group of findings. */
export function describePlace(strings: Strings, group: PlaceGroup): string {
  const first = group.findings[0] as DraftFinding;
  const where = first.where;
  const name =
    where.attachment !== undefined
      ? where.part === 'attachment-name'
        ? strings.position.fileName(where.attachment)
        : strings.position.inFile(where.attachment)
      : first.quoted && group.findings.every((f) => f.quoted)
        ? strings.position.inQuoted
        : strings.position.inPart[
            where.part === 'attachment' || where.part === 'attachment-name' ? 'body' : where.part
          ];
  const more = detail(strings, group.findings);
  return more === undefined ? name : `${name}, ${more}`;
}

/** Every place of a category line, at most `max` named and the rest counted. */
export function describePlaces(strings: Strings, findings: readonly DraftFinding[], max = 2): string {
  const groups = byPlace(findings);
  const named = groups.slice(0, max).map((g) => describePlace(strings, g));
  if (groups.length > max) named.push(strings.position.morePlaces(groups.length - max));
  return strings.list(named);
}
