// A term that heads a list of people ("Sjukskrivna:" over "- Anna Berg") is about each of them; a heading
// over rules, advice or things names no one.
import { listBelow } from '../../../../src/core/detection/sentences';
import { aboutWhom as about } from './scan';

describe('lead-in over a list of people', () => {
  it.each([
    [
      'bulleted names',
      'Hej!\n\nSjukskrivna:\n- Anna Berg\n- Per Olsson\n\nMvh',
      ['sjukskrivna sensitive anchor:list'],
    ],
    ['English', 'Allergies:\n- Anna Berg\n- Tom Hill\n', ['allergies sensitive anchor:list']],
    ['plain lines', 'Allergier:\nAnna Berg\nPer Olsson\n', ['allergier sensitive anchor:list']],
    [
      'a longer lead-in',
      'Sjukskrivna denna vecka:\n• Anna Berg (t.o.m. fredag)\n',
      ['sjukskrivna sensitive anchor:list'],
    ],
    // A weak term alone says nothing; over a list of names it is about each of them.
    ['a weak term', 'Feber:\n- Anna Berg\n- Per Olsson\n', ['feber sensitive anchor:list']],
    ['a weak English term', 'Migraine:\n1. Tom Hill\n2. Sara Lind\n', ['migraine sensitive anchor:list']],
    [
      'most lines are names',
      'Allergier:\n- Anna Berg\n- Per Olsson\n- (fler kommer)\n',
      ['allergier sensitive anchor:list'],
    ],
    // one blank line between the lead-in and its list, as an item takes its lead-in across one
    ['a blank line between', 'Feber:\n\n- Anna Berg\n- Per Olsson\n', ['feber sensitive anchor:list']],
    // a typed table's rows under it, first cell after the pipe
    [
      'table rows',
      'Kasvotunnistuksen rekisteröinnit:\n\n| Nimi | Pvm |\n|---|---|\n| Emma Lindgren | 3.3. |\n| Ahmed Yusuf | 4.3. |\n',
      ['kasvotunnistuksen sensitive anchor:list'],
    ],
  ])('links the term to the people listed: %s', (_label, text, expected) => {
    expect(about(text)).toEqual(expected);
  });

  it.each([
    ['advice, not people', 'Feber:\n- Drick mycket vatten\n- Vila\n', []],
    ['things, not people', 'Migraine:\n- Rest\n- Dark room\n', []],
    // A policy heading stays policy talk even with a name among the lines.
    [
      'a policy heading',
      'Policy för sjukskrivning:\n- Anna Berg på HR svarar på frågor\n',
      ['sjukskrivning info no-one:policy'],
    ],
    [
      'rules under a strong term',
      'Sjukskrivning:\n- Anmäl till chefen före kl 9\n',
      ['sjukskrivning sensitive'],
    ],
    // Not a lead-in: no colon, or two blank lines before the names.
    ['no colon', 'Feber\n- Anna Berg\n', []],
    ['two blank lines between', 'Feber:\n\n\n- Anna Berg\n', []],
  ])('names no one: %s', (_label, text, expected) => {
    expect(about(text)).toEqual(expected);
  });
});

describe('listBelow', () => {
  const text = 'Intro\nSjukskrivna:\n- Anna Berg\n  2) Per Olsson\nCarl\n\nEfter';
  it('gives the lines under a lead-in without their markers, up to the blank line', () => {
    const items = listBelow(text, text.indexOf('Sjukskrivna')).map((s) => text.slice(s.start, s.end));
    expect(items).toEqual(['Anna Berg', 'Per Olsson', 'Carl']);
  });

  it('gives nothing for a line that is not a lead-in, and stops at the item limit', () => {
    expect(listBelow(text, 0)).toEqual([]);
    expect(listBelow(text, text.indexOf('Efter'))).toEqual([]);
    expect(listBelow(text, text.indexOf('Sjukskrivna'), 2)).toHaveLength(2);
  });
});
