import { informedOverride, type InformedOverride } from '../../src/addin';
import { decideSend, type SendDecision } from '../../src/onsend/send-decision';
import { email, health, notRead, pnr, summary } from './summary-builders';

const PROMPT_ON_BULK = { promptOnBulk: true };
const list = (n: number) => Array.from({ length: n }, () => email('Kunder.xlsx'));

describe('decideSend', () => {
  it.each<[string, ReturnType<typeof summary>, SendDecision['kind']]>([
    // True positives: stop or put to the user.
    ['personnummer in the body blocks', summary({ findings: [pnr()] }), 'block'],
    ['health information in a file blocks', summary({ findings: [health('Rehab.docx')] }), 'block'],
    [
      'bulk personal data in a file prompts',
      summary({
        findings: list(12),
        bulk: [{ attachment: 'Kunder.xlsx', type: 'email-address', category: 'contact', count: 12 }],
      }),
      'prompt',
    ],
    ['an attachment not read prompts', summary({ errors: [notRead('rapport.docx')] }), 'prompt'],
    [
      'an encrypted attachment prompts',
      summary({
        errors: [{ part: 'attachment', attachment: 'x.zip', code: 'encrypted', message: 'password' }],
      }),
      'prompt',
    ],
    [
      'a body not read prompts',
      summary({ errors: [{ part: 'body', code: 'not-read', message: 'failed' }] }),
      'prompt',
    ],
    // True negatives: silent.
    ['a clean draft is allowed', summary({}), 'allow'],
    [
      'a single warn-level e-mail address is left to the task pane',
      summary({ findings: [email('a.docx')] }),
      'allow',
    ],
    [
      'an image is not a reason to stop',
      summary({ errors: [{ part: 'attachment', attachment: 'logo.png', code: 'image', message: '' }] }),
      'allow',
    ],
    [
      'a file of a format that is not read prompts (it may hold anything)',
      summary({ errors: [{ part: 'attachment', attachment: 'x.bin', code: 'unsupported', message: '' }] }),
      'prompt',
    ],
    // Traps: an unreadable part must never turn a clean draft into a hard block.
    [
      'unreadable parts alone never hard-block',
      summary({
        errors: [notRead('a.docx'), notRead('b.pdf'), { part: 'body', code: 'failed', message: '' }],
      }),
      'prompt',
    ],
  ])('%s', (_name, scan, kind) => {
    expect(decideSend(scan, PROMPT_ON_BULK).kind).toBe(kind);
  });

  it('keeps quiet about bulk data when the policy does not prompt for it on send', () => {
    const scan = summary({
      findings: list(12),
      bulk: [{ attachment: 'Kunder.xlsx', type: 'email-address', category: 'contact', count: 12 }],
    });
    expect(decideSend(scan, { promptOnBulk: false }).kind).toBe('allow');
  });

  it('names the file of a bulk group with the policy count and clause P3', () => {
    const scan = summary({
      findings: list(12),
      bulk: [{ attachment: 'Kunder.xlsx', type: 'email-address', category: 'contact', count: 12 }],
    });
    expect(decideSend(scan, PROMPT_ON_BULK)).toEqual({
      kind: 'prompt',
      clause: 'P3',
      items: [
        {
          type: 'email-address',
          category: 'contact',
          count: 12,
          place: { kind: 'file', name: 'Kunder.xlsx' },
        },
      ],
      notChecked: [],
    });
  });

  it('groups block findings by type and place and still names what was not checked', () => {
    const scan = summary({
      findings: [pnr('Lista.xlsx'), pnr('Lista.xlsx'), health()],
      errors: [notRead('offert.pdf')],
    });
    const decision = decideSend(scan, PROMPT_ON_BULK);
    expect(decision).toMatchObject({
      kind: 'block',
      clause: 'P2',
      items: [
        { type: 'se-personnummer', count: 2, place: { kind: 'file', name: 'Lista.xlsx' } },
        { type: 'health-term', count: 1, place: { kind: 'part', part: 'body' } },
      ],
      notChecked: [{ kind: 'file', name: 'offert.pdf' }],
    });
  });

  it('names a zip member by the attached zip', () => {
    const decision = decideSend(summary({ findings: [pnr('arkiv.zip/lista.xlsx')] }), PROMPT_ON_BULK);
    expect(decision).toMatchObject({ items: [{ place: { kind: 'file', name: 'arkiv.zip' } }] });
  });

  describe('informed override', () => {
    const found = pnr('Lista.xlsx');
    const override = (keys: string[], notChecked: string[] = []): InformedOverride => ({
      verdict: 'block',
      keys,
      notChecked,
      at: '2026-01-01T00:00:00Z',
    });

    it('lets the mail go when it covers every finding and unchecked part', () => {
      const scan = summary({ findings: [found], errors: [notRead('offert.pdf')] });
      expect(
        decideSend(scan, { ...PROMPT_ON_BULK, override: override([found.key], ['offert.pdf']) }),
      ).toEqual({ kind: 'allow', reason: 'override' });
    });

    it('is what the task pane records with informedOverride for what it showed', () => {
      const scan = summary({
        findings: [found, health()],
        errors: [notRead('arkiv.zip/inre.docx'), { part: 'body', code: 'failed', message: '' }],
      });
      const recorded = informedOverride(scan, '2026-11-25T01:00:00Z');
      expect(recorded.notChecked).toEqual(['arkiv.zip', 'body']);
      expect(decideSend(scan, { ...PROMPT_ON_BULK, override: recorded })).toEqual({
        kind: 'allow',
        reason: 'override',
      });
    });

    it('does not cover a finding added after the user decided', () => {
      const later = health();
      const scan = summary({ findings: [found, later] });
      expect(decideSend(scan, { ...PROMPT_ON_BULK, override: override([found.key]) }).kind).toBe('block');
    });

    it('does not cover an attachment it did not name', () => {
      const scan = summary({ findings: [found], errors: [notRead('ny.docx')] });
      expect(decideSend(scan, { ...PROMPT_ON_BULK, override: override([found.key]) }).kind).toBe('block');
    });
  });
});
