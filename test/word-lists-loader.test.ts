/** The on-send bundle's word-list loader: long plain string lists become one split string, nothing else moves. */
import { runInNewContext } from 'node:vm';
import { readWordSet } from '../src/core/detection/word-set-code';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { joinWordLists } = require('../scripts/word-lists-loader.cjs') as {
  joinWordLists: (source: string, fileName: string) => string;
};

const TEN = ['a', 'b c', "d'e", 'f', 'g', 'h', 'i', 'j', 'k', 'ö'];
const list = (items: readonly string[]): string => `[${items.map((w) => JSON.stringify(w)).join(', ')}]`;

describe('joinWordLists', () => {
  it.each([
    ['a list of plain strings', `const W = ${list(TEN)};`, true],
    ['a typed, exported list', `export const W: readonly string[] = ${list(TEN)};`, true],
    ['a list inside a call', `const S = new Set(${list(TEN)});`, true],
  ])('joins %s into one split string', (_name, source, joined) => {
    const out = joinWordLists(source, 'x.ts');
    expect(out.includes('.split("|")')).toBe(joined);
    expect(out).not.toContain('"f"');
  });

  it.each([
    ['a short list', `const W = ${list(TEN.slice(0, 2))};`],
    ['a list with a number in it', `const W = [${TEN.map((w) => JSON.stringify(w)).join(', ')}, 1];`],
    ['a list whose strings hold the separator', `const W = ${list([...TEN, 'x|y'])};`],
    ['an `as const` list', `const W = ${list(TEN)} as const;`],
    [
      'a list with a template that substitutes',
      `const W = [${TEN.map((w) => JSON.stringify(w)).join(', ')}, \`\${x}\`];`,
    ],
  ])('leaves %s as written', (_name, source) => {
    expect(joinWordLists(source, 'x.ts')).toBe(source);
  });

  it('gives the same array at run time, strings with quotes and non-ASCII letters included', () => {
    const source = `result = ${list(TEN)};`;
    const out = joinWordLists(source, 'x.ts');
    const context: { result?: unknown } = {};
    runInNewContext(out, context);
    expect(context.result).toEqual(TEN);
  });

  it('joins lists nested in other code and leaves the code around them byte for byte', () => {
    const source = `// keep\nexport const RULE = { words: ${list(TEN)}, amount: -0.6 };\nconst n = 1;\n`;
    const out = joinWordLists(source, 'x.ts');
    expect(out).toBe(
      `// keep\nexport const RULE = { words: ${JSON.stringify(TEN.join('|'))}.split("|"), amount: -0.6 };\nconst n = 1;\n`,
    );
  });
});

describe('front-coded word sets', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { frontCodeSet } = require('../scripts/word-lists-loader.cjs') as {
    frontCodeSet: (items: readonly string[]) => string;
  };
  const SET = [
    'sjukskriven',
    'sjukskrivning*',
    'sjukfrånvaro',
    'allergi*',
    'allergier',
    "parkinson's",
    '1177',
  ];
  const DETECTOR = '/repo/src/core/detection/recognizers/sensitive-terms/health-terms.ts';

  it('sorts the items and writes each after the characters it shares with the one before', () => {
    expect(frontCodeSet(SET)).toBe("1177|allergi*|Ger|parkinson's|sjukfrånvaro|Dskriven|Ining*");
  });

  it('reads back as the same set, whatever the characters', () => {
    expect(readWordSet(frontCodeSet(SET)).sort()).toEqual([...SET].sort());
  });

  it('writes shared beginnings of up to 26 characters, and reads them back', () => {
    const long = [
      'fagforeningsmedlem*',
      'fagforeningskontingent*',
      'abcdefghijklmnopqrstuvwxyz0',
      'abcdefghijklmnopqrstuvwxyz01',
    ];
    expect(frontCodeSet(long)).toBe('abcdefghijklmnopqrstuvwxyz0|Z01|fagforeningskontingent*|Lmedlem*');
    expect(readWordSet(frontCodeSet(long)).sort()).toEqual([...long].sort());
  });

  it.each([
    ['a list in the detector', DETECTOR, true],
    ['a list outside the detector', '/repo/src/core/extraction/format-table.ts', false],
    [
      'a list joined into a regular expression in its order',
      '/repo/src/core/detection/x/injury-patterns.ts',
      false,
    ],
  ])('codes %s: %s', (_name, fileName, coded) => {
    const out = joinWordLists(`export const W = ${list(SET)};`, fileName);
    expect(out.includes('__readWordSet(')).toBe(coded);
    expect(out.includes('import { readWordSet as __readWordSet }')).toBe(coded);
  });

  it('leaves a list with capital letters joined but uncoded: a capital marks the shared length', () => {
    const out = joinWordLists(`export const W = ${list([...SET, 'SEK'])};`, DETECTOR);
    expect(out).toContain('.split("|")');
    expect(out).not.toContain('__readWordSet(');
  });
});
