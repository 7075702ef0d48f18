/**
 * `mailguard scan --json`: one JSON object per input file (PRODUCT.md "Contract: mailguard scan").
 * Values appear only with `--reveal`; otherwise only the masked form.
 */
import type { RatedFinding } from '../core/policy';
import type { FileReport } from './scan-file';

function findingJson(f: RatedFinding, reveal: boolean): Record<string, unknown> {
  return {
    type: f.type,
    category: f.category,
    severity: f.severity,
    score: f.score,
    where: {
      part: f.where.part,
      ...(f.where.attachment !== undefined ? { attachment: f.where.attachment } : {}),
      start: f.where.start,
      end: f.where.end,
    },
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
