import { DEFAULT_RECOGNIZERS, type Pattern, type Span } from '../../../src/core/detection';
import {
  digitRunStarts,
  digitRuns,
  matchesAtRuns,
  startsOfAtLeast,
} from '../../../src/core/detection/digit-runs';
import { RunFilter, runGroupKey, shiftGroups } from '../../../src/core/detection/run-filter';
import {
  lineBrokenNumbers,
  SWEDISH_BROKEN_SHAPES,
} from '../../../src/core/detection/recognizers/national-id/line-broken';

/** The reference: the pattern's global regex over the whole text, value spans as the engine reads them. */
function wholeTextScan(text: string, pattern: Pattern): Span[] {
  const re = new RegExp(pattern.regex.source, pattern.regex.flags);
  const spans: Span[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const value = m[pattern.group ?? 0];
    if (value === undefined || value.length === 0) continue;
    const start = (pattern.group ?? 0) === 0 ? m.index : m.index + m[0].lastIndexOf(value);
    spans.push({ start, end: start + value.length });
  }
  return spans;
}

/** Deterministic text dense in number-like tokens: digits, separators, letters, line breaks, quotes. */
function noisyText(seed: number, length: number): string {
  let state = seed;
  const next = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  const pieces = [
    '850709-9805',
    '19850709 9805',
    'SE 556123456701',
    'XP1234567',
    '4111 1111 1111 1111',
    '3782-822463-10005',
    '010594Y9032',
    '13097248022',
    '000101-T220',
    '12 850709 9805',
    '16556123-4567',
    // licence plates: Swedish, Norwegian, Danish, Finnish
    'ABC 123',
    'BRD30A',
    'EL 12345',
    'AB 12 345',
    'ABC-123',
    'ÅÄ-1',
  ];
  const alphabet = '0123456789012345678901234567890123456789 -+./:,\n>TXSEabc';
  let out = '';
  while (out.length < length) {
    out += next(4) === 0 ? (pieces[next(pieces.length)] ?? '') : alphabet.charAt(next(alphabet.length));
  }
  return out;
}

const digitPatterns = DEFAULT_RECOGNIZERS.flatMap((r) => r.patterns ?? []).filter(
  (p) => p.trigger?.kind === 'digit-run' && p.trigger.lead !== undefined,
);

describe('the numeric-token pass', () => {
  it('covers the identity-number and card patterns', () => {
    expect(digitPatterns.length).toBeGreaterThanOrEqual(20);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('finds exactly what a whole-text scan finds (seed %i)', (seed) => {
    const text = noisyText(seed, 20000);
    for (const pattern of digitPatterns) {
      const trigger = pattern.trigger;
      if (trigger?.kind !== 'digit-run' || trigger.lead === undefined) throw new Error('filtered above');
      const starts = digitRunStarts(text, trigger.length);
      expect({ pattern: pattern.name, spans: matchesAtRuns(text, starts, trigger.lead, pattern) }).toEqual({
        pattern: pattern.name,
        spans: wholeTextScan(text, pattern),
      });
    }
  });

  it.each([21, 22, 23, 24])(
    'finds the same when only the runs the joined test keeps are tried (seed %i)',
    (seed) => {
      const text = noisyText(seed, 20000);
      const groups = new Map<string, Pattern[]>();
      for (const pattern of digitPatterns) {
        const key = runGroupKey(pattern) ?? '';
        groups.set(key, (groups.get(key) ?? []).concat([pattern]));
      }
      for (const group of groups.values()) {
        const trigger = group[0]?.trigger;
        if (trigger?.kind !== 'digit-run' || trigger.lead === undefined) throw new Error('filtered above');
        const starts = digitRunStarts(text, trigger.length);
        const hot = new RunFilter(group, trigger.lead, '').hot(text, starts);
        expect(hot.length).toBeLessThan(starts.length);
        for (const pattern of group)
          expect({ pattern: pattern.name, spans: matchesAtRuns(text, hot, trigger.lead, pattern) }).toEqual({
            pattern: pattern.name,
            spans: wholeTextScan(text, pattern),
          });
      }
    },
  );

  it('moves back-references up when patterns are joined, and refuses what it cannot move', () => {
    expect(shiftGroups('(\\d{4})([ -])\\d{4}\\2[\\2]', 3)).toEqual({
      source: '(\\d{4})([ -])\\d{4}\\5[\\2]',
      groups: 2,
    });
    expect(shiftGroups('(?:^|[^(])(a)(?=b)(?!c)', 1)).toEqual({
      source: '(?:^|[^(])(a)(?=b)(?!c)',
      groups: 1,
    });
    expect(shiftGroups('(?<year>\\d{4})', 1)).toBeNull();
    expect(shiftGroups('a\\1', 1)).toBeNull();
  });

  it('lists the starts of maximal runs of at least the given length', () => {
    expect(digitRunStarts('a 12345 123456 x1234567 12', 6)).toEqual([8, 16]);
    expect(digitRunStarts('', 6)).toEqual([]);
  });

  it.each([31, 32])('lists longer runs from one pass at a shorter length (seed %i)', (seed) => {
    const text = noisyText(seed, 20000);
    const short = digitRuns(text, 4);
    for (const length of [4, 5, 6, 10])
      expect(startsOfAtLeast(short, length)).toEqual(digitRunStarts(text, length));
  });

  it('finds numbers at the very start and end of the text', () => {
    const pattern = digitPatterns.find((p) => p.name === 'se-short-separated');
    if (pattern === undefined) throw new Error('se-short-separated missing');
    const text = '850709-9805';
    expect(matchesAtRuns(text, digitRunStarts(text, 6), 4, pattern)).toEqual([{ start: 0, end: 11 }]);
  });
});

describe('numbers broken over a line', () => {
  /** The split-token search as one regex over the whole text: the reference for the line-break walk. */
  const BREAK = /[\d-+][ \t]*\r?\n[ \t>]*\d/g;

  it.each([
    ['personnummer 850709-\n9805 ok', ['850709-\n9805']],
    ['pnr 850709-  \r\n  > 9805', ['850709-  \r\n  > 9805']],
    ['199110\n23-0860', ['199110\n23-0860']],
    ['8507099805 and 8507\n099805', ['8507\n099805']],
    ['serial 850709-\n9805.3', []],
    ['v850709-\n9805', []],
    ['850709-\n\n9805', []],
  ])('%j', (text, expected) => {
    const doc = { text, lower: text.toLowerCase(), cells: [] };
    const found = Array.from(lineBrokenNumbers(doc, SWEDISH_BROKEN_SHAPES)).map((c) =>
      text.slice(c.start, c.end),
    );
    expect(found).toEqual(expected);
  });

  /** The former search (one regex over the text), kept here as the reference. */
  function regexSearch(text: string): string[] {
    const GLUE = /[A-Za-z.\d/]/;
    const TOKEN = /[\d+-]/;
    const out: string[] = [];
    BREAK.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BREAK.exec(text)) !== null) {
      const leftEnd = m.index + 1;
      const rightStart = m.index + m[0].length - 1;
      BREAK.lastIndex = rightStart;
      let start = leftEnd;
      while (start > 0 && leftEnd - start < 13 && TOKEN.test(text.charAt(start - 1))) start--;
      let end = rightStart;
      while (end < text.length && end - rightStart < 13 && TOKEN.test(text.charAt(end))) end++;
      const after = text.charAt(end);
      const gluedAfter = after === '.' ? /\d/.test(text.charAt(end + 1)) : GLUE.test(after);
      if (GLUE.test(text.charAt(start - 1)) || gluedAfter) continue;
      out.push(`${start}:${end}`);
    }
    return out;
  }

  it.each([11, 12, 13, 14])('joins exactly the tokens the former regex search joined (seed %i)', (seed) => {
    const text = noisyText(seed, 20000);
    const doc = { text, lower: text.toLowerCase(), cells: [] };
    const any = [{ re: /^/, score: 0.1 }];
    const found = Array.from(lineBrokenNumbers(doc, any)).map((c) => `${c.start}:${c.end}`);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(regexSearch(text));
  });
});
