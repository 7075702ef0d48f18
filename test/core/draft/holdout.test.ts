/**
 * Held-out verdicts: realistic drafts the recognizers were not tuned on, checked end to end through
 * `checkDraft` with the default policy. Expectations come from docs/email-policy.md and docs/cli.md; rows the
 * product still gets wrong are `it.failing` with the reason, so the suite stays honest.
 */
import { checkDraft } from '../../../src/core/draft';
import { DEFAULT_POLICY } from '../../../src/core/policy';
import { CUSTOMER_CASES, HR_CASES, SENDER, type HoldoutCase } from './holdout-cases';
import { ENGINEERING_CASES, OFFICE_CASES, PROBE_CASES } from './holdout-cases-work';
import { MORE_HR_CASES, MORE_WORK_CASES } from './holdout-cases-more';
import { THIRD_CASES } from './holdout-cases-third';
import { FOURTH_CASES } from './holdout-cases-fourth';
import { FIFTH_CASES } from './holdout-cases-fifth';
import { TODAY } from './helpers';

/** Known misses: case name → why it is still wrong. */
const KNOWN_MISSES: { readonly [name: string]: string } = {};

const ALL: readonly HoldoutCase[] = [
  ...HR_CASES,
  ...CUSTOMER_CASES,
  ...ENGINEERING_CASES,
  ...OFFICE_CASES,
  ...PROBE_CASES,
  ...MORE_HR_CASES,
  ...MORE_WORK_CASES,
  ...THIRD_CASES,
  ...FOURTH_CASES,
  ...FIFTH_CASES,
];

/** The verdict, and the categories of the findings that cause it. */
function outcome(c: HoldoutCase): { verdict: string; causes: string[] } {
  const { verdict } = checkDraft(
    {
      subject: c.subject ?? 'Hej',
      body: c.body,
      from: c.from ?? SENDER,
      to: c.to ?? [],
      cc: [],
      bcc: [],
      attachments: [],
    },
    { today: TODAY, policy: DEFAULT_POLICY },
  );
  const causes = verdict.findings.filter((f) => f.action === verdict.kind).map((f) => f.category);
  return { verdict: verdict.kind, causes };
}

function check(c: HoldoutCase): void {
  const got = outcome(c);
  expect(got.verdict).toBe(c.verdict);
  if (c.category !== undefined) expect(got.causes).toContain(c.category);
}

describe('held-out drafts', () => {
  it('has at least 80 distinct drafts', () => {
    const names = ALL.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(80);
  });

  const passing = ALL.filter((c) => KNOWN_MISSES[c.name] === undefined);
  const failing = ALL.filter((c) => KNOWN_MISSES[c.name] !== undefined);
  it.each(passing.map((c) => [c.name, c.verdict, c] as const))('%s → %s', (_n, _v, c) => check(c));
  if (failing.length > 0)
    it.failing.each(failing.map((c) => [c.name, KNOWN_MISSES[c.name] ?? '', c] as const))(
      '%s (known miss: %s)',
      (_n, _why, c) => check(c),
    );
});
