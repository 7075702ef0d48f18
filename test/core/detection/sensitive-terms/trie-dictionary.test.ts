import { compileDictionary, findWords } from '../../../../src/core/detection';
import { compileTrieDictionary } from '../../../../src/core/detection/recognizers/sensitive-terms/trie-dictionary';
import {
  HEALTH_CAUTIOUS,
  HEALTH_STRONG,
  HEALTH_WEAK,
  HEALTH_WEAK_CAUTIOUS,
} from '../../../../src/core/detection/recognizers/sensitive-terms/health-terms';
import { SPECIAL_TERMS } from '../../../../src/core/detection/recognizers/sensitive-terms/art9-terms';

const TEXT = `Anna är sjukskriven, sjukskrivningen gäller två veckor. Sick leave, sick  leave and sick\nleave.
Jag har feber; febern steg. Hon har covid-19 och covid. I'm ill, ill-formed. ont i ryggen, ont  i magen.
Sjukanmälan! SJUKANMÄLAN? Diagnosen, diagnos, diagnoser, diagnose, diagnostik. Allergi, allergivänlig.
Per är medlem i IF Metall och Unionen; unionen-medlem. He is jewish. DNA-test, dna-testet, fingerprint.
Psykiskt sjuk, sjuk, sjuka, sjukt bra. Gravid, graviditeten, gravida. Doctor's note, doctor, doctors.
Belastningsregistret, brottsregistret. Hon röstade på Moderaterna.`;

const lists: readonly (readonly string[])[] = [
  HEALTH_STRONG,
  HEALTH_CAUTIOUS,
  HEALTH_WEAK,
  HEALTH_WEAK_CAUTIOUS,
  ...SPECIAL_TERMS.map((t) => t.strong.concat(t.anchored, t.membership)),
  [
    'sick',
    'sick leave',
    'sjukskriv*',
    'sjuk',
    'sjuka',
    'sjukdom*',
    "i'm",
    'covid-19',
    'covid',
    'a.b',
    'x*',
    'x y*',
  ],
];

/** Every entry, bare, inflected and glued to its neighbours, so each branch of each trie is exercised. */
const EVERY_ENTRY = lists
  .flat()
  .map((e) => e.replace('*', ''))
  .map((e, i) => [e, `${e}en`, `x${e}`, `${e}-${e}`][i % 4])
  .join(' . ');

describe('trie-shaped dictionary', () => {
  it.each(lists.map((list, i) => [i, list] as const))(
    'list %i: same matches as compileDictionary',
    (_i, list) => {
      const lower = `${TEXT}\n${EVERY_ENTRY}`.toLowerCase();
      expect(findWords(compileTrieDictionary(list), lower)).toEqual(
        findWords(compileDictionary(list), lower),
      );
    },
  );

  it('matches nothing when empty', () => {
    expect(findWords(compileTrieDictionary([]), 'anything at all')).toEqual([]);
  });

  it('prefers the longest entry and reports the listed entry', () => {
    const dict = compileTrieDictionary(['sick', 'sick leave', 'sjukskriv*']);
    expect(findWords(dict, 'on sick leave, sjukskrivningen')).toEqual([
      { start: 3, end: 13, word: 'sick leave' },
      { start: 15, end: 30, word: 'sjukskriv*' },
    ]);
  });
});
