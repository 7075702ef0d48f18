/**
 * Dictionary regexes kept between runs (src/cli/dictionary-cache.ts) and handed in to detection
 * (src/core/detection/dictionary-sources.ts): a kept regex replaces exactly its own list's build, a bad one
 * is ignored, and the file is written only when something new was built.
 */
import {
  dictionaryData,
  dictionaryRegex,
  takeBuiltDictionarySources,
  useDictionarySources,
} from '../../src/core/detection/dictionary-sources';
import { compileTrieShaped, findWords } from '../../src/core/detection/words';
import { keepDictionarySources, loadDictionarySources, sourcesIn } from '../../src/cli/dictionary-cache';
import type { SideCache } from '../../src/cli/start/bundle-files';

function memoryCache(): SideCache & { files: Map<string, Buffer> } {
  const files = new Map<string, Buffer>();
  return { files, read: (name) => files.get(name), write: (name, data) => (files.set(name, data), true) };
}

beforeEach(() => takeBuiltDictionarySources());

describe('dictionaryRegex', () => {
  it('builds once and reports what it built', () => {
    const regex = dictionaryRegex('t:built', () => /ab+c/g);
    expect(regex.source).toBe('ab+c');
    expect(takeBuiltDictionarySources()).toEqual([['t:built', 'ab+c', 'g']]);
    expect(takeBuiltDictionarySources()).toEqual([]);
  });

  it('uses a source handed in for its id, and builds nothing', () => {
    useDictionarySources([['t:given', 'x+y', 'g']]);
    const build = jest.fn(() => /never/g);
    expect(dictionaryRegex('t:given', build).source).toBe('x+y');
    expect(build).not.toHaveBeenCalled();
    expect(takeBuiltDictionarySources()).toEqual([]);
  });

  it.each([
    ['a source that does not compile', ['t:bad', '(unclosed', 'g']],
    ['flags that do not exist', ['t:flags', 'abc', 'gq']],
  ] as const)('ignores %s and builds', (_, entry) => {
    useDictionarySources([entry]);
    expect(dictionaryRegex(entry[0], () => /built/g).source).toBe('built');
  });
});

describe('dictionaryData', () => {
  it('builds once and reports what it built, marked as data', () => {
    expect(dictionaryData('t:data', () => 'fn')).toBe('fn');
    expect(takeBuiltDictionarySources()).toEqual([['t:data', 'fn', 'data']]);
  });

  it('uses data handed in for its id, and builds nothing', () => {
    useDictionarySources([['t:given-data', 'km', 'data']]);
    const build = jest.fn(() => 'never');
    expect(dictionaryData('t:given-data', build)).toBe('km');
    expect(build).not.toHaveBeenCalled();
  });

  it('never takes a regex for data, nor data for a regex', () => {
    useDictionarySources([
      ['t:regex', 'abc', 'g'],
      ['t:data-not-regex', 'abc', 'data'],
    ]);
    expect(dictionaryData('t:regex', () => 'built')).toBe('built');
    expect(dictionaryRegex('t:data-not-regex', () => /built/g).source).toBe('built');
  });
});

describe('a dictionary with its regex handed in', () => {
  it('finds what the built one finds', () => {
    const entries = ['sjukskriv*', 'sick leave', 'diagnos'];
    const text = 'hon är sjukskriven, sick  leave sedan diagnosen; diagnos ställd';
    const built = findWords(compileTrieShaped(entries), text);
    const kept = takeBuiltDictionarySources();
    expect(kept.length).toBeGreaterThan(0);
    // A fresh copy of detection (no list compiled yet), handed the kept regexes: it builds nothing.
    jest.isolateModules(() => {
      /* eslint-disable @typescript-eslint/no-require-imports */
      const sources =
        require('../../src/core/detection/dictionary-sources') as typeof import('../../src/core/detection/dictionary-sources');
      const words =
        require('../../src/core/detection/words') as typeof import('../../src/core/detection/words');
      /* eslint-enable @typescript-eslint/no-require-imports */
      sources.useDictionarySources(kept);
      expect(words.findWords(words.compileTrieShaped(entries), text)).toEqual(built);
      expect(sources.takeBuiltDictionarySources()).toEqual([]);
    });
    expect(built.map((m) => m.word)).toEqual(['sjukskriv*', 'sick leave', 'diagnos']);
  });
});

describe('keep and load', () => {
  it('writes only when something was built, and loads it back', () => {
    const cache = memoryCache();
    expect(keepDictionarySources([], [], cache)).toBe(false);
    expect(cache.files.size).toBe(0);
    dictionaryRegex('t:one', () => /one/g);
    expect(keepDictionarySources([], [['t:two', 'two', 'g']], cache)).toBe(true);
    expect(
      loadDictionarySources(cache)
        .map((e) => e[0])
        .sort(),
    ).toEqual(['t:one', 't:two']);
  });

  it('adds to what it loaded', () => {
    const cache = memoryCache();
    dictionaryRegex('t:new', () => /new/g);
    expect(keepDictionarySources([['t:old', 'old', 'g']], [], cache)).toBe(true);
    expect(
      loadDictionarySources(cache)
        .map((e) => e[0])
        .sort(),
    ).toEqual(['t:new', 't:old']);
  });

  it.each([
    ['not JSON', 'not json'],
    ['not a list', '{"a":1}'],
    ['entries of the wrong shape', '[["id","src"],["id",1,"g"],"x"]'],
  ])('loads nothing from a file that is %s', (_, text) => {
    const cache = memoryCache();
    cache.files.set('dictionaries', Buffer.from(text));
    expect(loadDictionarySources(cache)).toEqual([]);
  });

  it('loads nothing without a side cache', () => {
    expect(loadDictionarySources(undefined)).toEqual([]);
  });

  it('keeps only well-formed entries from a worker', () => {
    expect(sourcesIn([['a', 'b', 'g'], ['c'], 3])).toEqual([['a', 'b', 'g']]);
    expect(sourcesIn('x')).toEqual([]);
  });
});

describe('a whole scan handed what an earlier scan built', () => {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const freshDetection = () => ({
    sources:
      require('../../src/core/detection/dictionary-sources') as typeof import('../../src/core/detection/dictionary-sources'),
    detection: require('../../src/core/detection') as typeof import('../../src/core/detection'),
  });
  /* eslint-enable @typescript-eslint/no-require-imports */
  const env = {
    today: { year: 2026, month: 12, day: 7 },
    allow: { values: [], emails: [], ownDomains: [] },
    maxChars: 100_000,
  };
  const text = 'Hon har jordnötsallergi och är med i facket; han är sjukskriven efter knäoperationen.';

  it('keeps the compound heads and the phrase literals too, and builds nothing the second time', () => {
    let kept: ReturnType<typeof takeBuiltDictionarySources> = [];
    let first: unknown;
    jest.isolateModules(() => {
      const { sources, detection } = freshDetection();
      first = detection.analyze({ text }, env, detection.DEFAULT_RECOGNIZERS).findings;
      kept = sources.takeBuiltDictionarySources();
    });
    const ids = kept.map(([id]) => id.slice(0, id.indexOf(':')));
    expect(ids).toEqual(expect.arrayContaining(['heads', 'literals', 'trie']));
    jest.isolateModules(() => {
      const { sources, detection } = freshDetection();
      sources.useDictionarySources(kept);
      expect(detection.analyze({ text }, env, detection.DEFAULT_RECOGNIZERS).findings).toEqual(first);
      expect(sources.takeBuiltDictionarySources()).toEqual([]);
    });
  });
});
