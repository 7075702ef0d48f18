/**
 * `mailguard scan --json`: one JSON object per input file (docs/cli.md "JSON Lines").
 * Values appear only with `--reveal`; otherwise only the masked form.
 */
import type { Where } from '../core/draft';
import type { RatedFinding } from '../core/policy';
import type { FileReport } from './scan-report';

/** `where` in the contract's key order: part, file, offsets, then whichever positions are known. */
function whereJson(where: Where): Record<string, unknown> {
  const known = (key: 'line' | 'column' | 'sheet' | 'cell' | 'page' | 'slide'): Record<string, unknown> =>
    where[key] !== undefined ? { [key]: where[key] } : {};
  return {
    part: where.part,
    ...(where.attachment !== undefined ? { attachment: where.attachment } : {}),
    start: where.start,
    end: where.end,
    ...known('line'),
    ...known('column'),
    ...known('sheet'),
    ...known('cell'),
    ...known('page'),
    ...known('slide'),
  };
}

function findingJson(f: RatedFinding, reveal: boolean): Record<string, unknown> {
  return {
    type: f.type,
    category: f.category,
    severity: f.severity,
    score: f.score,
    where: whereJson(f.where),
    masked: f.masked,
    ...(reveal ? { value: f.value } : {}),
    reasons: f.reasons,
    clause: f.clause,
    action: f.action,
    ...(f.quoted === true ? { quoted: true } : {}),
  };
}

/** The JSON Lines record of one file. */
export function reportJson(report: FileReport, reveal: boolean): string {
  const v = report.verdict;
  return JSON.stringify({
    file: report.file,
    verdict: v ? v.kind : null,
    findings: v ? v.findings.map((f) => findingJson(f, reveal)) : [],
    bulk: v ? v.bulk : [],
    errors: report.errors.map((e) => ({
      part: e.part,
      ...(e.attachment !== undefined ? { attachment: e.attachment } : {}),
      code: e.code,
      message: e.message,
    })),
  });
}
