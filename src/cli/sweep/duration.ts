/**
 * `--older-than` durations (`10y`, `6m`, `90d`) and the cutoff they give. Calendar arithmetic in UTC:
 * "ten years ago" is the same day of the year, not 3650 days.
 */

export interface Duration {
  readonly amount: number;
  readonly unit: 'y' | 'm' | 'd';
}

/** `10y`, `6m`, `90d` (whole numbers only); null for anything else. */
export function parseDuration(text: string): Duration | null {
  // One to four digits, then exactly one unit letter: years, months or days.
  const match = /^([0-9]{1,4})([ymd])$/.exec(text.trim());
  if (!match) return null;
  const amount = Number(match[1]);
  const unit = match[2] as Duration['unit'];
  return amount > 0 ? { amount, unit } : null;
}

/** The instant `duration` before `now`; a day that does not exist (31 Feb) falls back to the month's last. */
export function cutoffBefore(now: Date, duration: Duration): Date {
  if (duration.unit === 'd') return new Date(now.getTime() - duration.amount * 86_400_000);
  const months = duration.unit === 'y' ? duration.amount * 12 : duration.amount;
  return addMonths(now, -months);
}

/** `date` moved by whole calendar months (negative goes back), clamped to the target month's last day. */
export function addMonths(date: Date, months: number): Date {
  const target = new Date(date.getTime());
  const day = target.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}

/** The duration in (approximate, for days) months. */
export function inMonths(duration: Duration): number {
  if (duration.unit === 'y') return duration.amount * 12;
  return duration.unit === 'm' ? duration.amount : duration.amount / 30.44;
}
