/**
 * The `unchecked` setting: one definition of "not fully read" for the verdict, the send decision and the CLI.
 */
import type { ScanError } from '../../../src/core/draft';
import { decideSend, isUnchecked, notCheckedPlaces, type SendInput } from '../../../src/core/policy';

const error = (code: ScanError['code'], attachment = 'x.bin'): ScanError => ({
  part: 'attachment',
  attachment,
  code,
  message: 'not scanned',
});

const input = (errors: ScanError[]): SendInput => ({ findings: [], bulk: [], errors });

describe('isUnchecked', () => {
  it.each([
    ['not-read', true],
    ['unsupported', true],
    ['encrypted', true],
    ['too-large', true],
    ['failed', true],
    ['partial', true],
    ['truncated', true],
    ['image', false],
  ] as const)('%s → %s', (code, unchecked) => {
    expect(isUnchecked(error(code))).toBe(unchecked);
  });
});

describe('decideSend with unchecked parts', () => {
  it('puts them to the user by default and under unchecked: warn', () => {
    const scan = input([error('unsupported'), error('partial', 'a.zip/b.docx')]);
    expect(decideSend(scan, { promptOnBulk: true })).toMatchObject({ kind: 'prompt' });
    expect(decideSend(scan, { promptOnBulk: true, unchecked: 'warn' })).toMatchObject({
      kind: 'prompt',
      notChecked: [
        { kind: 'file', name: 'x.bin' },
        { kind: 'file', name: 'a.zip' },
      ],
    });
  });

  it('stops the mail under unchecked: block, naming the parts', () => {
    const decision = decideSend(input([error('encrypted', 'lön.zip')]), {
      promptOnBulk: true,
      unchecked: 'block',
    });
    expect(decision).toEqual({
      kind: 'block',
      clause: 'P2',
      items: [],
      notChecked: [{ kind: 'file', name: 'lön.zip' }],
    });
  });

  it('lets an informed override through, as for findings', () => {
    const decision = decideSend(input([error('encrypted', 'lön.zip')]), {
      promptOnBulk: true,
      unchecked: 'block',
      override: { keys: [], notChecked: ['lön.zip'] },
    });
    expect(decision).toEqual({ kind: 'allow', reason: 'override' });
  });

  it('does not count images', () => {
    expect(notCheckedPlaces([error('image', 'logo.png')])).toEqual([]);
    expect(
      decideSend(input([error('image', 'logo.png')]), { promptOnBulk: true, unchecked: 'block' }),
    ).toEqual({
      kind: 'allow',
      reason: 'clean',
    });
  });
});
