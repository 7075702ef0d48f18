import { bounded } from '../../../../src/core/detection/recognizers/national-id/boundaries';
import { maskAllButTwo, maskTail } from '../../../../src/core/detection/recognizers/national-id/mask-tail';
import { restoreLeadingZeros } from '../../../../src/core/identifiers/se/civic-number';

const values = (re: RegExp, text: string): string[] => {
  const out: string[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push(m[1] ?? '');
  return out;
};

describe('digit boundaries', () => {
  const ten = bounded('\\d{6}-\\d{4}');
  const spaced = bounded('\\d{6} \\d{4}', true);

  it.each([
    ['850709-9805', ['850709-9805']],
    ['Pnr:850709-9805.', ['850709-9805']],
    ['(850709-9805)', ['850709-9805']],
    ['Anna;850709-9805;Göteborg', ['850709-9805']],
    ['a,850709-9805,b', ['850709-9805']],
    ['scan_850709-9805.pdf', ['850709-9805']],
    ['https://intranet/hr/850709-9805.pdf', ['850709-9805']],
    ['1850709-9805', []],
    ['X850709-9805', []],
    ['+850709-9805', []],
    ['A-850709-9805', []],
    ['850709-98051', []],
    ['850709-9805-1', []],
    ['850709-9805.1', []],
    ['850709-9805/2', []],
    ['850709-9805x', []],
  ])('separated: %s → %j', (text, expected) => {
    expect(values(ten, text)).toEqual(expected);
  });

  it.each([
    ['Anna 850709 9805', ['850709 9805']],
    ['850709 9805', ['850709 9805']],
    ['Pnr: 850709 9805, ok', ['850709 9805']],
    ['\n850709 9805\n', ['850709 9805']],
    ['12 850709 9805', []],
    ['850709 9805 12', []],
  ])('spaced: %s → %j', (text, expected) => {
    expect(values(spaced, text)).toEqual(expected);
  });

  it('is global and has no lookbehind', () => {
    expect(ten.global).toBe(true);
    expect(ten.source).not.toContain('(?<');
  });
});

describe('masks and spreadsheet restoration', () => {
  it.each([
    ['850709-9805', 4, '850709-****'],
    ['19850709 9805', 4, '19850709 ****'],
    ['13097248022', 5, '130972*****'],
    ['010594Y9032', 4, '010594Y****'],
  ])('maskTail(%s, %i) = %s', (value, count, masked) => {
    expect(maskTail(value, count)).toBe(masked);
  });

  it('masks document numbers down to two characters', () => {
    expect(maskAllButTwo('XP8271602')).toBe('XP*******');
  });

  it.each([
    ['101011234', '0101011234'],
    ['2292399', '0002292399'],
    ['10101-1234', '010101-1234'],
    ['229-2399', '000229-2399'],
    ['8507099805', '8507099805'],
    ['19850709-9805', '19850709-9805'],
  ])('restoreLeadingZeros(%s) = %s', (value, restored) => {
    expect(restoreLeadingZeros(value)).toBe(restored);
  });
});
