/** The decision log's summary for the DPO: counts per period, category, type, decision and reason; CSV. */
import type { DecisionCount, DecisionKind, DecisionReason, DecisionSummary } from '../../contract';
import type { DecisionDayCount } from '../storage/decision-store';

export type Period = DecisionSummary['period'];

const DAY_MS = 86_400_000;

/** The label of the period that contains UTC day number `day` (weeks start on Monday, ISO 8601). */
export function periodLabel(day: number, period: Period): string {
  const date = new Date(day * DAY_MS);
  if (period === 'month') return date.toISOString().slice(0, 7);
  if (period === 'day') return date.toISOString().slice(0, 10);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date((day - sinceMonday) * DAY_MS).toISOString().slice(0, 10);
}

/** Folds per-day counts into periods. Rows come out ordered by period, then by the other fields. */
export function summarise(
  days: readonly DecisionDayCount[],
  period: Period,
  from: Date,
  to: Date,
): DecisionSummary {
  const rows = new Map<string, DecisionCount>();
  let total = 0;
  for (const d of days) {
    const label = periodLabel(d.day, period);
    const key = [label, d.category, d.type, d.clause, d.decision, d.reason].join('\u0000');
    const before = rows.get(key)?.count ?? 0;
    rows.set(key, {
      period: label,
      category: d.category,
      type: d.type,
      clause: d.clause,
      decision: d.decision as DecisionKind,
      reason: d.reason as DecisionReason,
      count: before + d.count,
    });
    total += d.count;
  }
  const sorted = [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
  return { from: from.toISOString(), to: to.toISOString(), period, total, rows: sorted };
}

const CSV_HEADER = 'period,category,type,clause,decision,reason,count';

/** RFC 4180 field: quoted when it holds a comma, quote or line break; formula starters defused for Excel. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The summary as CSV (CRLF line ends, header row). */
export function summaryCsv(summary: DecisionSummary): string {
  const lines = summary.rows.map((r) =>
    [r.period, r.category, r.type, r.clause, r.decision, r.reason, String(r.count)].map(csvField).join(','),
  );
  return [CSV_HEADER, ...lines].join('\r\n') + '\r\n';
}
