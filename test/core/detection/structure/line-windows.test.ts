import type { Span } from '../../../../src/core/detection';
import { execInWindows, linesAround, linesAroundNumberBreaks } from '../../../../src/core/detection/windows';

const slices = (text: string, spans: readonly Span[]): string[] =>
  spans.map((s) => text.slice(s.start, s.end));

describe('linesAroundNumberBreaks: the two lines around a break with digits on both sides', () => {
  test.each<[string, string, string[]]>([
    ['digits end and start the lines', 'pnr 850709-\n9805 ok', ['pnr 850709-\n9805 ok']],
    ['a quoted continuation', 'x 2203\n> 74 y', ['x 2203\n> 74 y']],
    ['a century letter after the digits', 'a 220374Y\n096T', ['a 220374Y\n096T']],
    ['a CR and trailing spaces', 'a 12  \r\n34', ['a 12  \r\n34']],
    ['prose on both sides', 'hello\nworld', []],
    ['a digit only before', 'room 12\nnext line', []],
    ['a digit only after', 'see\n12 items', []],
    ['digits further in', 'abc 1 x\nxy 2', []],
  ])('%s', (_name, text, expected) => {
    expect(slices(text, linesAroundNumberBreaks(text))).toEqual(expected);
  });

  test('neighbouring breaks merge into one window', () => {
    const text = 'head\n11\n22\n33\ntail';
    expect(slices(text, linesAroundNumberBreaks(text))).toEqual(['11\n22\n33']);
  });
});

describe('linesAround: the line of each offset with its neighbours', () => {
  test.each<[string, string, number[], string[]]>([
    ['a middle line', 'a\nb\nc\nd\ne', [4], ['b\nc\nd']],
    ['the first line', 'a\nb\nc', [0], ['a\nb']],
    ['the last line', 'a\nb\nc', [4], ['b\nc']],
    ['two offsets far apart', '1\n2\n3\n4\n5\n6\n7', [0, 12], ['1\n2', '6\n7']],
    ['two offsets close by merge', '1\n2\n3\n4\n5', [2, 6], ['1\n2\n3\n4\n5']],
    ['offsets out of order', '1\n2\n3\n4\n5\n6\n7', [12, 0], ['1\n2', '6\n7']],
    ['no offsets', 'a\nb', [], []],
  ])('%s', (_name, text, offsets, expected) => {
    expect(slices(text, linesAround(text, offsets))).toEqual(expected);
  });
});

describe('execInWindows reads a window as a scan of the whole text would', () => {
  // A pattern that must span a line break, with a leading boundary that consumes one character.
  const WRAPPED = /(?:^|[^\d-])(\d{2}[ \t]*\r?\n[ \t>]*\d{2})(?![\d-])/g;

  function whole(text: string): number[] {
    const re = new RegExp(WRAPPED.source, 'g');
    const out: number[] = [];
    for (let m = re.exec(text); m !== null; m = re.exec(text))
      out.push(m.index + m[0].length - (m[1] ?? '').length);
    return out;
  }

  function windowed(text: string): number[] {
    return [...execInWindows(text, WRAPPED, linesAroundNumberBreaks(text))].map(
      (m) => m.index + m[0].length - (m[1] ?? '').length,
    );
  }

  // A seeded generator, so a failure can be replayed.
  function random(seed: number): () => number {
    let s = seed;
    return () => {
      s = (s * 1103515245 + 12345) & 0x7fffffff;
      return s / 0x7fffffff;
    };
  }

  test('on 2,000 random texts of digits, separators, quote marks and line breaks', () => {
    const next = random(42);
    const alphabet = ['1', '2', '3', ' ', '\n', '\r\n', '-', '>', 'a', '\t'];
    for (let i = 0; i < 2000; i++) {
      let text = '';
      const length = 1 + Math.floor(next() * 40);
      for (let j = 0; j < length; j++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect({ text, found: windowed(text) }).toEqual({ text, found: whole(text) });
    }
  });

  test('indices are absolute and the given regex is left as it was', () => {
    const re = new RegExp(WRAPPED.source, 'g');
    re.lastIndex = 5;
    const text = 'first line\nsecond 12\n34 third';
    const found = [...execInWindows(text, re, linesAroundNumberBreaks(text))];
    expect(found.map((m) => text.slice(m.index + 1, m.index + m[0].length))).toEqual(['12\n34']);
    expect(re.lastIndex).toBe(5);
  });
});
