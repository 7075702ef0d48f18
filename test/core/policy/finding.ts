/** Builds DraftFindings for policy tests without running the scanner. */
import type { Category, EntityType, Severity } from '../../../src/core/detection';
import { CATEGORY_SEVERITY } from '../../../src/core/detection';
import type { DraftFinding, Where } from '../../../src/core/draft';

export function finding(
  type: EntityType,
  category: Category,
  value: string,
  where: Partial<Where> = {},
  extra: { severity?: Severity; score?: number; quoted?: boolean } = {},
): DraftFinding {
  return {
    type,
    category,
    severity: extra.severity ?? CATEGORY_SEVERITY[category],
    score: extra.score ?? 0.9,
    start: where.start ?? 0,
    end: where.end ?? value.length,
    value,
    masked: value.slice(0, 2),
    reasons: [],
    explanation: {
      recognizer: type,
      pattern: 'test',
      validation: { kind: 'not-checked' },
      boostedBy: [],
      loweredBy: [],
    },
    where: {
      part: where.part ?? 'body',
      start: where.start ?? 0,
      end: where.end ?? value.length,
      ...(where.attachment !== undefined ? { attachment: where.attachment } : {}),
    },
    ...(extra.quoted === true ? { quoted: true } : {}),
  };
}
