import { analyzeDraft, checkDraft, type DraftAttachment, type ScanError } from '../../../src/core/draft';
import { draft, ENV } from './helpers';

const text = (
  name: string,
  body: string,
  extra: Partial<{ cells: { start: number; end: number; header: string }[] }> = {},
): DraftAttachment => ({
  name,
  content: { kind: 'text', text: body, ...extra },
});

describe('attachments', () => {
  it('scans contents and file names, with their own offsets', () => {
    const d = draft({ attachments: [text('Sjukintyg 850709-9805.txt', 'Patienten är sjukskriven.')] });
    expect(analyzeDraft(d, ENV).findings.map((f) => [f.type, f.where])).toEqual([
      [
        'se-personnummer',
        { part: 'attachment-name', attachment: 'Sjukintyg 850709-9805.txt', start: 10, end: 21 },
      ],
      ['health-term', { part: 'attachment', attachment: 'Sjukintyg 850709-9805.txt', start: 13, end: 24 }],
    ]);
  });

  it('flattens archive members as archive.zip/member.csv', () => {
    const member = {
      name: 'lists/staff.csv',
      result: { kind: 'text' as const, text: 'Per Olsson;850709-9805' },
    };
    const d = draft({
      attachments: [{ name: 'archive.zip', content: { kind: 'text', text: '', members: [member] } }],
    });
    const where = analyzeDraft(d, ENV).findings.map(
      (f) => `${f.where.part}:${f.where.attachment ?? ''}:${f.type}`,
    );
    expect(where).toEqual([
      'attachment:archive.zip/lists/staff.csv:person-name',
      'attachment:archive.zip/lists/staff.csv:se-personnummer',
    ]);
  });

  it.each<[string, DraftAttachment['content'], ScanError['code']]>([
    ['encrypted', { kind: 'encrypted', reason: 'PDF is password-protected' }, 'encrypted'],
    ['too large', { kind: 'too-large', reason: 'over the limit' }, 'too-large'],
    ['failed', { kind: 'failed', reason: 'damaged' }, 'failed'],
    ['unsupported', { kind: 'unsupported', reason: 'binary' }, 'unsupported'],
    ['an image', { kind: 'unsupported', reason: 'image', image: true }, 'image'],
    ['not read', { kind: 'not-read', reason: 'cloud attachment' }, 'not-read'],
    ['partial', { kind: 'partial', reason: 'page limit', text: 'ok' }, 'partial'],
  ])('reports an attachment that is %s as a scan error', (_what, content, code) => {
    const scan = analyzeDraft(draft({ attachments: [{ name: 'x.bin', content }] }), ENV);
    expect(scan.errors).toEqual([expect.objectContaining({ part: 'attachment', attachment: 'x.bin', code })]);
    expect(scan.errors[0]?.message).toContain('reason' in content ? content.reason : '');
  });

  it('scans the text of a partial extraction', () => {
    const scan = analyzeDraft(
      draft({
        attachments: [{ name: 'big.csv', content: { kind: 'partial', reason: 'cap', text: '850709-9805' } }],
      }),
      ENV,
    );
    expect(scan.findings.map((f) => f.type)).toEqual(['se-personnummer']);
  });

  it('passes table cells to the scanner', () => {
    const body = 'Namn;Mobil\nPer Olsson;073-555 12 34';
    const cells = [
      { start: 11, end: 21, header: 'Namn' },
      { start: 22, end: 35, header: 'Mobil' },
    ];
    const scan = analyzeDraft(draft({ attachments: [text('k.csv', body, { cells })] }), ENV);
    expect(scan.findings.map((f) => f.value)).toEqual(['Per Olsson', '073-555 12 34']);
  });

  it('reports a part over maxChars as truncated', () => {
    const scan = analyzeDraft(draft({ body: 'a'.repeat(100) }), { ...ENV, maxChars: 10 });
    expect(scan.errors).toEqual([expect.objectContaining({ part: 'body', code: 'truncated' })]);
  });
});

describe('checkDraft', () => {
  it('returns the scan and the verdict in one call', () => {
    const { scan, verdict } = checkDraft(draft({ body: 'Han är sjukskriven.' }), ENV);
    expect(scan.findings).toHaveLength(1);
    expect(verdict.kind).toBe('block');
  });

  it('warns about a list of people in an attachment and groups it', () => {
    const rows = ['Namn;Mobil;E-post'];
    for (let i = 0; i < 6; i++) rows.push(`Per Olsson;073-555 12 3${i};per${i}@kund.se`);
    const { verdict } = checkDraft(draft({ attachments: [text('kunder.csv', rows.join('\n'))] }), ENV);
    expect(verdict.kind).toBe('warn');
    expect(verdict.bulk.map((b) => `${b.count} ${b.type}`).sort()).toEqual([
      '6 email-address',
      '6 person-name',
      '6 phone-number',
    ]);
  });

  it('applies dismissals', () => {
    const first = checkDraft(draft({ body: 'Ring 073-555 12 34' }), ENV);
    const key = first.verdict.findings[0]?.key ?? '';
    expect(checkDraft(draft({ body: 'Ring 073-555 12 34' }), { ...ENV, dismissed: [key] }).verdict.kind).toBe(
      'allow',
    );
  });
});
