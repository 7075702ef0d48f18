/** What a received message carries, in one sentence: the types of data and where (no values, ever). */
import type { Verdict } from '../../core/policy/types';
import { entityTypeName, type Strings } from '../strings';
import type { ReadStrings } from './strings';

export interface ReadSummary {
  /** Findings the policy asks about (block or warn), recipients left aside: P3 applies. */
  readonly asks: boolean;
  readonly sentence: string;
}

function list(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`;
}

export function summarise(verdict: Verdict, strings: Strings, read: ReadStrings): ReadSummary {
  const relevant = verdict.findings.filter(
    (f) => (f.action === 'block' || f.action === 'warn') && f.category !== 'recipient',
  );
  if (relevant.length === 0) return { asks: false, sentence: read.clean };
  const types = [...new Set(relevant.map((f) => entityTypeName(strings, f.type)))];
  const places = [
    ...new Set(
      relevant.map((f) =>
        (f.where.part === 'attachment' || f.where.part === 'attachment-name') && f.where.attachment
          ? `“${f.where.attachment.split('/')[0] ?? f.where.attachment}”`
          : read.inText,
      ),
    ),
  ];
  const sensitive = relevant.some((f) => f.action === 'block');
  return { asks: true, sentence: read.carries(sensitive, list(types, read.and), list(places, read.and)) };
}
