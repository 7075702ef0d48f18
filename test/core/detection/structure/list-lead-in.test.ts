import { rememberedListLeadIn, type PlainWalk } from '../../../../src/core/detection/list-lead-in';
import { listLeadIn } from '../../../../src/core/detection/sentences';

/** Lines a list is made of: plain rows, colon lines, bullets, blank lines (some with spaces or \r). */
const LINES = [
  'Anna Berg 070-123 45 67',
  'Födelsedagar:',
  'Kunder: \r',
  '- Lars Holm',
  '1. Mette',
  '',
  '  ',
  'x;y;z\r',
  '\u00a0\r',
  'Tid:\t \r',
  'Obs:\r\r',
  'Rad: x',
  ':',
];

/** A small deterministic generator, so a failure can be reproduced. */
function textOf(seed: number, lines: number): string {
  let state = seed;
  const next = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 16) % n;
  };
  const out: string[] = [];
  // Long runs of plain rows, so walks both reach and pass the limit of lines.
  for (let i = 0; i < lines; i++) out.push(LINES[next(4) === 0 ? next(LINES.length) : 0] ?? '');
  return out.join('\n');
}

describe('rememberedListLeadIn: the list lead-in with the walk up remembered per line', () => {
  it('gives the same span as listLeadIn at every offset, asked in any order', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const text = textOf(seed, 20 + seed * 3);
      const offsets = Array.from({ length: text.length + 1 }, (_, i) => i);
      if (seed % 2 === 0) offsets.reverse();
      if (seed % 3 === 0) offsets.sort((a, b) => ((a * 7919) % 101) - ((b * 7919) % 101));
      const walks = new Map<number, PlainWalk>();
      const differing = offsets.filter(
        (offset) =>
          JSON.stringify(rememberedListLeadIn(text, offset, walks)) !==
          JSON.stringify(listLeadIn(text, offset)),
      );
      expect([seed, differing]).toEqual([seed, []]);
    }
  });

  it('stops at the limit of plain lines', () => {
    const rows = Array.from({ length: 25 }, (_, i) => `Rad ${i}`);
    const text = ['Lista:', ...rows].join('\n');
    const walks = new Map<number, PlainWalk>();
    const near = text.indexOf('Rad 19');
    const far = text.indexOf('Rad 20');
    expect(rememberedListLeadIn(text, far, walks)).toBeUndefined();
    expect(rememberedListLeadIn(text, near, walks)).toEqual({ start: 0, end: 6 });
    expect(rememberedListLeadIn(text, far, walks)).toBeUndefined();
  });
});
