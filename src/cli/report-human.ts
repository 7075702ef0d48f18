/**
 * `mailguard scan` without `--json`: a readable report, grouped by file, values masked. Repeats of one
 * kind of finding in one place are one line ("20 × se-personnummer in lista.xlsx, Blad1!B2:B21"), and
 * each file says what of it was not read.
 */
import type { Clause, RatedFinding } from '../core/policy/types';
import { isUnchecked } from '../core/policy/unchecked';
import { groupPlaceText, placeText } from './report-location';
import type { FileReport } from './scan-report';

/** The clauses of the email policy (docs/email-policy.md), a line each, so the report names the rule. */
const CLAUSES: { readonly [C in Clause]: string } = {
  P1: 'P1: no unnecessary personal data by email',
  P2: 'P2: avoid emailing sensitive personal data (health data, civil registration numbers)',
  P3: 'P3: store data on the secure server, not in email',
  P4: 'P4: mail of people who left is deleted within six months',
  P5: 'P5: no mail with personal data kept for more than 10 years',
  P6: 'P6: data subjects may see and erase their data',
};

export interface Style {
  bold(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  dim(text: string): string;
}

const ansi =
  (code: number) =>
  (text: string): string =>
    `\u001b[${code}m${text}\u001b[0m`;
/** ANSI colours, for a terminal. */
export const COLOURS: Style = {
  bold: ansi(1),
  red: ansi(31),
  yellow: ansi(33),
  green: ansi(32),
  dim: ansi(2),
};
/** No colours, for pipes and files. */
export const PLAIN: Style = {
  bold: (t) => t,
  red: (t) => t,
  yellow: (t) => t,
  green: (t) => t,
  dim: (t) => t,
};

/** The action or verdict in capitals, padded before colouring so columns line up. */
function label(kind: string, style: Style): string {
  const text = kind.toUpperCase().padEnd(6);
  if (kind === 'block') return style.bold(style.red(text));
  if (kind === 'warn') return style.bold(style.yellow(text));
  if (kind === 'allow') return style.green(text);
  return style.dim(text);
}

// A multi-line value (a postal address) is shown on one line so the report keeps its shape.
const shown = (f: RatedFinding, reveal: boolean): string =>
  (reveal ? f.value : f.masked).replace(/\s*\n\s*/g, ' / ');

function findingLines(group: readonly RatedFinding[], reveal: boolean, style: Style): string[] {
  const f = group[0] as RatedFinding;
  const quoted = f.quoted === true ? ', quoted history' : '';
  const why = [
    `         why:   ${f.reasons.length > 0 ? f.reasons.join(', ') : f.explanation.pattern}`,
    `         ${style.dim(CLAUSES[f.clause])}`,
  ];
  if (group.length === 1)
    return [
      `  ${label(f.action, style)} ${style.bold(f.type)}  ${shown(f, reveal)}  ${style.dim(`(${f.category}, ${f.severity}, score ${f.score})`)}`,
      `         where: ${placeText(f.where)}${quoted}`,
      ...why,
    ];
  const values = reveal ? [`         values: ${group.map((g) => shown(g, true)).join(', ')}`] : [];
  return [
    `  ${label(f.action, style)} ${group.length} × ${style.bold(f.type)} in ${groupPlaceText(group.map((g) => g.where))}${quoted}  ${style.dim(`(${f.category}, ${f.severity})`)}`,
    ...values,
    ...why,
  ];
}

/** Findings of one type, action and rule in one part or file, in order of first appearance. */
function repeats(findings: readonly RatedFinding[]): RatedFinding[][] {
  const groups = new Map<string, RatedFinding[]>();
  for (const f of findings) {
    const w = f.where;
    const key = [f.type, f.action, f.severity, f.clause, w.part, w.attachment ?? '', f.quoted === true].join(
      '\u0000',
    );
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return Array.from(groups.values());
}

/** What of the file was not read: a heading when something counts as unchecked, then a line each. */
function unreadLines(report: FileReport, style: Style): string[] {
  const lines: string[] = [];
  if (report.verdict !== null && report.errors.some(isUnchecked))
    lines.push(
      `  ${style.yellow('Not fully read')} ${style.dim('(the findings cover only what was read):')}`,
    );
  for (const e of report.errors) {
    const where = e.attachment !== undefined ? `${e.part} ${e.attachment}` : e.part;
    const tag = isUnchecked(e) ? style.yellow('NOTE') : style.dim('NOTE');
    lines.push(`  ${tag}   ${where} [${e.code}]: ${e.message}`);
  }
  return lines;
}

/** The report of one file, ending with a blank line. */
export function reportHuman(report: FileReport, reveal: boolean, style: Style): string {
  const v = report.verdict;
  const lines: string[] = [];
  if (!v) {
    lines.push(`${style.bold(report.file)}  ${style.red('NOT READ')}`);
  } else {
    const counted = v.findings.length === 1 ? '1 finding' : `${v.findings.length} findings`;
    lines.push(`${style.bold(report.file)}  ${label(v.kind, style)}  ${style.dim(counted)}`);
    for (const group of repeats(v.findings)) lines.push(...findingLines(group, reveal, style));
    for (const b of v.bulk)
      lines.push(
        `  ${style.yellow('BULK')}   ${b.count} ${b.type} in ${b.attachment} ${style.dim('(a list of people: move it to the secure server, P3)')}`,
      );
  }
  lines.push(...unreadLines(report, style));
  return `${lines.join('\n')}\n`;
}

/** The closing summary line. */
export function summaryLine(reports: readonly FileReport[], skipped: number): string {
  const count = (kind: string): number => reports.filter((r) => r.verdict?.kind === kind).length;
  const unread = reports.filter((r) => r.verdict === null).length;
  const parts = [`${count('block')} block`, `${count('warn')} warn`, `${count('allow')} allow`];
  if (unread > 0) parts.push(`${unread} not read`);
  const skippedNote = skipped > 0 ? `; ${skipped} file(s) of other types skipped` : '';
  return `${reports.length} file(s): ${parts.join(', ')}${skippedNote}`;
}
