import type { EntityType } from '../../../src/core/detection';
import type { DraftFinding } from '../../../src/core/draft';
import { DEFAULT_POLICY, decide } from '../../../src/core/policy';
import { finding } from './finding';

function many(
  n: number,
  type: EntityType,
  category: 'contact' | 'name' | 'national-id',
  attachment: string,
): DraftFinding[] {
  const out: DraftFinding[] = [];
  for (let i = 0; i < n; i++)
    out.push(
      finding(type, category, `v${type}${i}`, {
        part: 'attachment',
        attachment,
        start: i * 20,
        end: i * 20 + 10,
      }),
    );
  return out;
}

describe('bulk groups', () => {
  it('groups 38 personnummer in one spreadsheet', () => {
    const v = decide(
      { findings: many(38, 'se-personnummer', 'national-id', 'Personallista.xlsx'), errors: [] },
      DEFAULT_POLICY,
    );
    expect(v.bulk).toEqual([
      { attachment: 'Personallista.xlsx', type: 'se-personnummer', category: 'national-id', count: 38 },
    ]);
  });

  it.each([
    ['9 phone numbers (under the threshold)', many(9, 'phone-number', 'contact', 'a.csv'), 0],
    ['10 phone numbers', many(10, 'phone-number', 'contact', 'a.csv'), 1],
    [
      '5 names with 5 e-mail addresses (a list of people)',
      [...many(5, 'person-name', 'name', 'kunder.csv'), ...many(5, 'email-address', 'contact', 'kunder.csv')],
      2,
    ],
    [
      '4 names with 4 addresses',
      [...many(4, 'person-name', 'name', 'kunder.csv'), ...many(4, 'email-address', 'contact', 'kunder.csv')],
      0,
    ],
    ['12 names and no contacts (attendees)', many(12, 'person-name', 'name', 'protokoll.docx'), 0],
    [
      '5 names in one file, 5 addresses in another',
      [...many(5, 'person-name', 'name', 'a.csv'), ...many(5, 'email-address', 'contact', 'b.csv')],
      0,
    ],
  ])('%s → %i bulk group(s)', (_what, findings, groups) => {
    const v = decide({ findings, errors: [] }, DEFAULT_POLICY);
    expect(v.bulk).toHaveLength(groups);
    if (groups > 0) expect(v.kind).not.toBe('allow');
  });

  it('makes a list of names and contacts warn even when contacts would be only shown', () => {
    const policy = { ...DEFAULT_POLICY, actions: { ...DEFAULT_POLICY.actions, contact: 'inform' as const } };
    const findings = [
      ...many(6, 'person-name', 'name', 'staff.csv'),
      ...many(6, 'email-address', 'contact', 'staff.csv'),
    ];
    expect(decide({ findings, errors: [] }, policy).kind).toBe('warn');
  });

  it('counts names shown only as information towards a list of people', () => {
    const names = many(5, 'person-name', 'name', 'kunder.csv').map((f) => ({
      ...f,
      severity: 'info' as const,
    }));
    const v = decide(
      { findings: [...names, ...many(5, 'email-address', 'contact', 'kunder.csv')], errors: [] },
      DEFAULT_POLICY,
    );
    expect(v.bulk.map((b) => b.type)).toEqual(['email-address', 'person-name']);
  });

  it('does not count findings in the body', () => {
    const findings = many(20, 'phone-number', 'contact', 'x').map((f) => ({
      ...f,
      where: { part: 'body' as const, start: f.start, end: f.end },
    }));
    expect(decide({ findings, errors: [] }, DEFAULT_POLICY).bulk).toEqual([]);
  });
});
