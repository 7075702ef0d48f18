import { analyzeDraft } from '../../../src/core/draft';
import { DEFAULT_POLICY } from '../../../src/core/policy';
import { ANNA, TODAY, draft } from './helpers';

const ENV = { today: TODAY, policy: DEFAULT_POLICY };

function subject(subjectLine: string, body: string): string[] {
  return analyzeDraft(draft({ subject: subjectLine, body, to: [ANNA] }), ENV)
    .findings.filter((f) => f.where.part === 'subject' && f.category === 'health')
    .map((f) =>
      `${f.severity} ${f.reasons.filter((r) => r === 'heading' || r.indexOf('no-one:') === 0).join(',')}`.trim(),
    );
}

describe('a subject is the heading of the body', () => {
  it('a term in the subject follows the body when the body speaks of no one', () => {
    expect(subject('Sykefravær oktober', 'Hei,\n\nTall for oktober:\n- Sykefraværet var 3,1 %\n')).toEqual([
      'info heading,no-one:aggregate',
    ]);
  });

  it('a subject that speaks to the reader ("what we need from you") follows the body too', () => {
    expect(
      subject(
        'Workplace adjustments - what we need from you',
        'Hi all,\n\nRegardless of disability, anyone can ask for workplace adjustments through the form.\n',
      ),
    ).toEqual(['info heading,no-one:generic']);
  });

  it('keeps its severity when the body ties the category to a person', () => {
    expect(subject('Sjukskrivning', 'Hej,\n\nHon är sjukskriven till fredag.\n')).toEqual(['sensitive']);
  });

  it('keeps its severity when the body says nothing of it', () => {
    expect(subject('Sjukskriven', 'Hej,\n\nJobbar inte i morgon.\n')).toEqual(['sensitive']);
  });
});

describe('an identity number in a heading', () => {
  function ids(subjectLine: string, attachmentName?: string): string[] {
    const attachments =
      attachmentName === undefined
        ? []
        : [{ name: attachmentName, content: { kind: 'not-read' as const, reason: 'a cloud attachment' } }];
    return analyzeDraft(
      draft({ subject: subjectLine, body: 'Hej,\n\nSe nedan.\n', to: [ANNA], attachments }),
      ENV,
    )
      .findings.filter((f) => f.category === 'national-id')
      .map((f) => `${f.type} ${f.where.part}`);
  }

  it.each([
    ['Korrigering lønn 23059133896', 'no-fodselsnummer subject'],
    ['Korrigering lön 9004152386', 'se-personnummer subject'],
  ])('%j: the mail is about the person the number names', (line, expected) => {
    expect(ids(line)).toEqual([expected]);
  });

  it('an attachment named by the number', () => {
    expect(ids('Lönebesked', 'lonebesked_9004152386.txt')).toEqual(['se-personnummer attachment-name']);
  });

  it.each([
    ['Order 9004152386 levererad'],
    ['Faktura 9004152386'],
    ['Ring 0701740607'],
    ['Offert 9004152386 – sensorer'],
    ['Kvitto 8512031173'],
    ['PO 8512031173'],
    ['Re: Projekt 8512031173 status'],
    ['Tilaus 8512031173 toimitettu'],
  ])('%j: a business word still sinks it', (line) => {
    expect(ids(line)).toEqual([]);
  });
});

describe('a number the body names as something else', () => {
  function ids(attachmentName: string, body: string): string[] {
    const attachments = [
      { name: attachmentName, content: { kind: 'not-read' as const, reason: 'a cloud attachment' } },
    ];
    return analyzeDraft(draft({ subject: 'Forsendelse', body, to: [ANNA], attachments }), ENV)
      .findings.filter((f) => f.category === 'national-id')
      .map((f) => `${f.type} ${f.where.part}`);
  }

  it('an order number in the body makes the file named by it the order’s', () => {
    expect(
      ids('pakkeliste_260603-0091.txt', 'Hej lager,\n\nOrdre 260603-0091 skal sendes mandag.\n'),
    ).toEqual([]);
  });

  it('a bare mention in the body leaves the file name a person’s number', () => {
    expect(ids('lonebesked_9004152386.txt', 'Hej,\n\nHär är 9004152386 igen.\n')).toEqual([
      'se-personnummer attachment-name',
    ]);
  });
});
