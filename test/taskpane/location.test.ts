import type { Where } from '../../src/core/draft/types';
import { describePlaces, lineAt } from '../../src/taskpane/components/location';
import { stringsFor } from '../../src/taskpane/strings';
import { ratedFinding } from './findings';

const EN = stringsFor('en');
const SV = stringsFor('sv');
const at = (where: Where & Record<string, unknown>, key = String(Math.random())) =>
  ratedFinding({ key, where });

describe('where, in human terms', () => {
  it('numbers body lines from 1', () => {
    expect(lineAt('a\nb\nc', 0)).toBe(1);
    expect(lineAt('a\nb\nc', 2)).toBe(2);
    expect(lineAt('a\nb\nc', 4)).toBe(3);
  });

  it('names body lines, a range when they follow on', () => {
    const body = (line: number) => at({ part: 'body', start: 0, end: 1, line });
    expect(describePlaces(EN, [body(3)])).toBe('in the body, line 3');
    expect(describePlaces(EN, [body(2), body(4), body(3)])).toBe('in the body, lines 2–4');
    expect(describePlaces(SV, [body(2), body(9)])).toBe('i meddelandet, rad 2 och 9');
  });

  it('names sheet and cell, page and slide', () => {
    const cell = (c: string) =>
      at({ part: 'attachment', attachment: 'lön.xlsx', start: 0, end: 1, sheet: 'Lönelista', cell: c });
    expect(describePlaces(SV, [cell('C4')])).toBe('i lön.xlsx, Lönelista!C4');
    expect(describePlaces(SV, [cell('B2'), cell('B3'), cell('B21')])).toBe('i lön.xlsx, Lönelista!B2:B21');
    const page = (p: number) => at({ part: 'attachment', attachment: 'r.pdf', start: 0, end: 1, page: p });
    expect(describePlaces(EN, [page(3), page(3)])).toBe('in r.pdf, page 3');
    const slide = at({ part: 'attachment', attachment: 'd.pptx', start: 0, end: 1, slide: 2 });
    expect(describePlaces(EN, [slide])).toBe('in d.pptx, slide 2');
  });

  it('names the file when no position is known, and counts places past two', () => {
    const file = (name: string) => at({ part: 'attachment', attachment: name, start: 0, end: 1 });
    expect(describePlaces(EN, [file('a.docx')])).toBe('in a.docx');
    expect(describePlaces(EN, [file('a.docx'), file('b.docx'), file('c.docx'), file('d.docx')])).toBe(
      'in a.docx, in b.docx and 2 more places',
    );
    expect(describePlaces(EN, [at({ part: 'subject', start: 0, end: 1 })])).toBe('in the subject');
  });
});
