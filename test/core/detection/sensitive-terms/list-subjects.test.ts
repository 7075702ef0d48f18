// Names listed under a sensitive lead-in ("Allergier:" / "- Anna Berg") are whom the data is about: they
// are reported as `personal`, not as an `info` colleague, and a list marker is not a signature dash.
import { DEFAULT_RECOGNIZERS } from '../../../../src/core/detection';
import { scan } from './scan';

/** Each person name: value, severity and its anchors (`subject:list`, `anchor:signature`). */
function names(text: string): string[] {
  return scan(text, DEFAULT_RECOGNIZERS)
    .filter((f) => f.type === 'person-name')
    .map((f) => {
      const why = f.reasons.filter((r) => r.indexOf('subject:') === 0 || r.indexOf('anchor:') === 0);
      return `${f.value} ${f.severity}${why.length > 0 ? ` ${why.join(',')}` : ''}`;
    });
}

describe('names under a sensitive lead-in are the data subjects', () => {
  it.each([
    [
      'bulleted, Swedish',
      'Hej!\n\nSjukskrivna denna vecka:\n- Anna Berg\n- Per Olsson\n\nMvh\nLisa',
      ['Anna Berg personal subject:list', 'Per Olsson personal subject:list', 'Lisa info anchor:mvh'],
    ],
    [
      'plain lines, allergies',
      'Allergier inför julbordet:\nAnna Berg\nPer Olsson\n',
      ['Anna Berg personal subject:list', 'Per Olsson personal subject:list'],
    ],
    [
      'numbered, English, a weak term',
      'Migraine:\n1. Sara Lind\n2. Johan Ek\n',
      ['Sara Lind personal subject:list', 'Johan Ek personal subject:list'],
    ],
    [
      'a special category',
      'Fackmedlemmar i Unionen:\n- Anna Berg\n- Per Olsson\n',
      ['Anna Berg personal subject:list', 'Per Olsson personal subject:list'],
    ],
    [
      'only the list under the sensitive lead-in',
      'Vegetariskt:\n- Anna Berg\n\nGlutenallergi:\n- Per Olsson\n',
      ['Anna Berg info', 'Per Olsson personal subject:list'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    [
      'an ordinary list of people',
      'Deltagare:\n- Anna Berg\n- Per Olsson\n',
      ['Anna Berg info', 'Per Olsson info'],
    ],
    [
      'a policy heading over a contact person',
      'Policy för sjukskrivning:\n- Anna Berg på HR svarar på frågor\n',
      ['Anna Berg info'],
    ],
    ['a trap heading', 'Health check:\n- Anna Berg\n- Per Olsson\n', ['Anna Berg info', 'Per Olsson info']],
    ['no colon: not a lead-in', 'Sjukskrivning\nAnna Berg\n', ['Anna Berg info']],
  ])('not data subjects: %s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a one-line sign-off', 'Tack för idag!\n- Erik', ['Erik info anchor:signature']],
    ['a double slash', 'Ses imorgon.\n// Anna', ['Anna info anchor:signature']],
  ])('a dash or slashes after the text still sign it: %s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('a list item under a colon line is no signature', () => {
    expect(names('Deltagare:\n- Erik\n')).toEqual([]);
  });
});
