import { analyzeDraft, layoutBody } from '../../../src/core/draft';
import { draft, ENV } from './helpers';

const LEAK = 'Personnummer 850709-9805';

describe('quoted and forwarded history', () => {
  it.each([
    ['> quoting', `Ok, jag fixar det.\n\n> ${LEAK}\n> tack`],
    [
      'Outlook (sv)',
      `Se nedan.\n\nFrån: Karin Berg\nSkickat: den 3 november 2026 10:12\nTill: Anna Svensson\nÄmne: Rehab\n\n${LEAK}`,
    ],
    [
      'Outlook (en)',
      `See below.\n\nFrom: Karin Berg <karin@kund.se>\nSent: Monday, November 3, 2026 10:12 AM\nTo: Anna Svensson\nSubject: Rehab\n\n${LEAK}`,
    ],
    [
      'Outlook web rule',
      `FYI\n\n________________________________\nFrom: Karin Berg <karin@kund.se>\nSent: Monday\n\n${LEAK}`,
    ],
    ['-----Original Message-----', `FYI\n\n-----Original Message-----\nFrom: Karin\n\n${LEAK}`],
    [
      'Gmail forward',
      `FYI\n\n---------- Forwarded message ---------\nFrom: Karin <karin@kund.se>\n\n${LEAK}`,
    ],
    ['On … wrote:', `Sure.\n\nOn Mon, 3 Nov 2026 at 10:12, Karin Berg <karin@kund.se> wrote:\n${LEAK}`],
    [
      'On … wrote: wrapped',
      `Sure.\n\nOn Mon, 3 Nov 2026 at 10:12, Karin Berg <karin@kund.se>\nwrote:\n${LEAK}`,
    ],
    ['Apple Mail (sv)', `Ok!\n\n24 nov. 2026 kl. 08:12 skrev Karin Berg <karin@kund.se>:\n\n${LEAK}`],
    ['Den … skrev:', `Javisst.\n\nDen 3 nov. 2026 kl. 10:12 skrev Karin Berg <karin@kund.se>:\n${LEAK}`],
  ])('%s: the leak is found and marked quoted', (_what, body) => {
    const pnr = analyzeDraft(draft({ body }), ENV).findings.filter((f) => f.type === 'se-personnummer');
    expect(pnr).toHaveLength(1);
    expect(pnr[0]?.quoted).toBe(true);
    expect(pnr[0]?.severity).toBe('sensitive');
  });

  it('does not mark the own text as quoted', () => {
    const body = `${LEAK}\n\nFrom: Karin\nSent: Monday\n\nhej`;
    const pnr = analyzeDraft(draft({ body }), ENV).findings.find((f) => f.type === 'se-personnummer');
    expect(pnr?.quoted).toBeUndefined();
  });

  it('does not take "From: the customer" in running text for a header block', () => {
    expect(layoutBody('From: the customer we got a reply.\nMore text here.\n', []).quoted).toEqual([]);
  });

  it.each([
    [
      'Outlook (sv)',
      'FYI\n\nFrån: Per Olsson <per@annat.se>\nSkickat: den 3 november 2026 10:12\nTill: Karin <karin@annat.se>\nKopia: bo@annat.se\nÄmne: Möte\n\nHej! Ring 073-555 12 34.',
    ],
    [
      'Gmail forward',
      'FYI\n\n---------- Forwarded message ---------\nFrom: Per Olsson <per@annat.se>\nDate: Mon, 3 Nov 2026\nTo: <karin@annat.se>\n\nHej! Ring 073-555 12 34.',
    ],
    [
      'Outlook web',
      'FYI\n________________________________\n\nFrom: Per Olsson <per@annat.se>\nSent: Monday\nTo: karin@annat.se\n\nHej! Ring 073-555 12 34.',
    ],
    [
      'On … wrote:',
      'Ok!\n\nOn Mon, 3 Nov 2026 at 10:12, Per Olsson\n<per@annat.se> wrote:\n> Hej! Ring 073-555 12 34.',
    ],
  ])(
    '%s: addresses and names in the header block are info, the body of the message is not',
    (_what, body) => {
      const found = analyzeDraft(draft({ body }), ENV).findings.map((f) => `${f.type}:${f.severity}`);
      expect(found.filter((t) => !t.endsWith(':info'))).toEqual(['phone-number:personal']);
    },
  );

  it("shows a quoted message's signature as info, not a warning", () => {
    const body =
      'Tack Karin!\n\nFrån: Karin Berg\nSkickat: måndag\nTill: Anna\n\nHej, offerten ser bra ut.\n\nMed vänliga hälsningar\nKarin Berg\nInköpschef\n073-555 12 34\n';
    const phone = analyzeDraft(draft({ body }), ENV).findings.find((f) => f.type === 'phone-number');
    expect(phone).toMatchObject({ severity: 'info', quoted: true });
  });

  it("finds a `>`-quoted signature when the reply's own text and sign-off follow the quote", () => {
    const body =
      'Tack!\n\nOn Tue, 24 Nov 2026 at 08:12, Karin Berg <karin@kund.se> wrote:\n> Kan vi börja i januari?\n>\n> Best regards,\n> Karin Berg\n> 073-555 12 34\n\nVänliga hälsningar\nAnna\n';
    const phone = analyzeDraft(draft({ body }), ENV).findings.find((f) => f.type === 'phone-number');
    expect(phone).toMatchObject({ severity: 'info', quoted: true });
  });
});

describe('history markers in running text', () => {
  it.each([
    ['Den nya versionen skrev över konfigurationen:\nfil.conf ändrad.'],
    ['On the other hand we wrote:\nthis.'],
    ['From: our side, nothing.\nThanks'],
    ['3 of the testers wrote down their results.\nMore text.'],
  ])('%j is not history', (body) => {
    expect(layoutBody(body, []).quoted).toEqual([]);
  });
});
