import type { ScanError } from '../../../src/core/draft';
import { DEFAULT_POLICY, decide, findingKey, type Policy } from '../../../src/core/policy';
import { finding } from './finding';

const pnr = finding('se-personnummer', 'national-id', '850709-9805');
const phone = finding('phone-number', 'contact', '070-123 45 67');
const name = finding('person-name', 'name', 'Per Olsson');
const diagnosis = finding('health-term', 'health', 'sjukskriven');

describe('decide', () => {
  it.each([
    ['nothing', [], 'allow'],
    ['a personnummer', [pnr], 'block'],
    ['a health term', [diagnosis], 'block'],
    ['a phone number', [phone], 'warn'],
    ['a name only (inform)', [name], 'allow'],
    ['a personnummer and a phone', [phone, pnr], 'block'],
    [
      'a personnummer in quoted history',
      [finding('se-personnummer', 'national-id', '850709-9805', {}, { quoted: true })],
      'block',
    ],
    [
      'a phone lowered to info',
      [finding('phone-number', 'contact', '070-123 45 67', {}, { severity: 'info' })],
      'allow',
    ],
  ] as const)('%s → %s', (_what, findings, kind) => {
    expect(decide({ findings, errors: [] }, DEFAULT_POLICY).kind).toBe(kind);
  });

  it('rates each finding with action, clause and key, most serious first', () => {
    const inAttachment = finding('email-address', 'contact', 'per@kund.se', {
      part: 'attachment',
      attachment: 'lista.csv',
    });
    const v = decide({ findings: [name, phone, inAttachment, pnr], errors: [] }, DEFAULT_POLICY);
    expect(v.findings.map((f) => [f.type, f.action, f.clause])).toEqual([
      ['se-personnummer', 'block', 'P2'],
      ['phone-number', 'warn', 'P1'],
      ['email-address', 'warn', 'P3'],
      ['person-name', 'inform', 'P1'],
    ]);
    expect(v.findings[0]?.key).toBe(findingKey(pnr));
  });

  it('follows the policy: a category switched off disappears, a stricter one blocks', () => {
    const strict: Policy = {
      ...DEFAULT_POLICY,
      actions: { ...DEFAULT_POLICY.actions, contact: 'block', 'national-id': 'off' },
    };
    const v = decide({ findings: [pnr, phone], errors: [] }, strict);
    expect(v.kind).toBe('block');
    expect(v.findings.map((f) => f.type)).toEqual(['phone-number']);
  });

  it('leaves out dismissed findings by key', () => {
    const v = decide({ findings: [pnr, phone], errors: [] }, DEFAULT_POLICY, [findingKey(pnr)]);
    expect(v.kind).toBe('warn');
    expect(v.findings.map((f) => f.type)).toEqual(['phone-number']);
  });

  const unread = (code: ScanError['code']): ScanError => ({
    part: 'attachment',
    attachment: 'x.pdf',
    code,
    message: 'not scanned',
  });

  it('passes scan errors on; a part not fully read is never allowed as clean (unchecked: warn)', () => {
    const errors = [unread('encrypted')];
    const v = decide({ findings: [], errors }, DEFAULT_POLICY);
    expect(v).toEqual({ kind: 'warn', findings: [], bulk: [], errors });
  });

  it.each(['not-read', 'unsupported', 'encrypted', 'too-large', 'failed', 'partial', 'truncated'] as const)(
    '%s raises a clean draft to the policy’s unchecked action',
    (code) => {
      expect(decide({ findings: [], errors: [unread(code)] }, DEFAULT_POLICY).kind).toBe('warn');
      const strict: Policy = { ...DEFAULT_POLICY, unchecked: 'block' };
      expect(decide({ findings: [phone], errors: [unread(code)] }, strict).kind).toBe('block');
    },
  );

  it('an image is only shown: it does not change the verdict', () => {
    expect(decide({ findings: [], errors: [unread('image')] }, DEFAULT_POLICY).kind).toBe('allow');
  });

  it('never lowers a verdict: a block finding stays block under unchecked: warn', () => {
    expect(decide({ findings: [pnr], errors: [unread('failed')] }, DEFAULT_POLICY).kind).toBe('block');
  });
});

describe('findingKey', () => {
  it('is the type and a hash, never the value', () => {
    const key = findingKey(pnr);
    expect(key).toMatch(/^se-personnummer:[0-9a-f]{8}$/);
    expect(key).not.toContain('850709');
  });

  it.each([
    ['850709-9805', '8507099805', true],
    ['850709-9805', '850709 9805', true],
    ['850709-9805', '850709-9806', false],
  ])('%s and %s share a key: %s', (a, b, same) => {
    const ka = findingKey({ type: 'se-personnummer', value: a });
    const kb = findingKey({ type: 'se-personnummer', value: b });
    expect(ka === kb).toBe(same);
  });

  it('differs by type for the same value', () => {
    expect(findingKey({ type: 'a', value: '123' })).not.toBe(findingKey({ type: 'b', value: '123' }));
  });
});
