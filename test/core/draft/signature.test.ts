import { analyzeDraft } from '../../../src/core/draft';
import { draft, ENV } from './helpers';

const types = (body: string, from = draft({}).from): string[] =>
  analyzeDraft(draft({ body, ...(from ? { from } : {}) }), ENV).findings.map(
    (f) => `${f.type}:${f.severity}`,
  );

describe("the sender's own signature block", () => {
  it.each([
    [
      'Med vänliga hälsningar',
      'Hej Lars,\n\nHär kommer offerten.\n\nMed vänliga hälsningar\nAnna Svensson\nSäljare, Vinnter AB\nMobil: 070-123 45 67\nanna.svensson@vinnter.se\n',
    ],
    ['Vänliga hälsningar', 'Hej!\nSe bifogat.\n\nVänliga hälsningar\nAnna\n070-1234567'],
    ['Mvh with the name on the line', 'Hej,\nKlart från min sida.\nMvh Anna\nTel 070-123 45 67'],
    [
      'Best regards,',
      'Hi Lars,\nPlease find the quote attached.\n\nBest regards,\nAnna Svensson\nSales | Vinnter AB\nM +46 70 123 45 67 | 070-123 45 67',
    ],
    ['Kind regards', 'Hi,\nThanks.\n\nKind regards\n\nAnna Svensson\nMobile: 070-123 45 67'],
    ['the -- delimiter', 'Hi,\nsee below.\n\n-- \nAnna Svensson\n070-123 45 67'],
    ['a /Anna sign-off', 'Hej!\nJag ringer i morgon.\n/Anna\n070-123 45 67'],
    ['a /Anna sign-off with the number on its line', 'Hej!\nJag ringer i morgon.\n/Anna, 070-123 45 67'],
    ['no sign-off but the sender name', 'Hej,\nJag återkommer.\n\nAnna Svensson\nVinnter AB\n070-123 45 67'],
    [
      'a bilingual sign-off and a disclaimer',
      'Hej/Hi,\nSe bifogat.\n\nMed vänliga hälsningar / Best regards\nAnna Svensson\nMobil 070-123 45 67\n\nDetta e-postmeddelande kan innehålla konfidentiell information. Om du inte är rätt mottagare, radera det.\nThis e-mail may contain confidential information. If you are not the intended recipient, delete it.',
    ],
    ['Thanks & regards', 'Hi,\nDone.\n\nThanks & regards,\nAnna Svensson\n070-123 45 67'],
    ['Cheers', 'Hi team,\nBuild is green.\nCheers\nAnna\n070-123 45 67'],
  ])('%s: no findings for the name and mobile number', (_what, body) => {
    expect(types(body).filter((t) => !t.endsWith(':info'))).toEqual([]);
  });

  it('handles CRLF line breaks', () => {
    const body = 'Hej,\r\nRing Per på 073-555 12 34.\r\n\r\nMvh\r\nAnna Svensson\r\n070-123 45 67\r\n';
    expect(types(body)).toEqual(['person-name:personal', 'phone-number:personal']);
  });

  it('still reports a third party phone number above the signature', () => {
    const body = 'Hej,\nRing Per på 073-555 12 34.\n\nMed vänliga hälsningar\nAnna Svensson\n070-123 45 67';
    expect(types(body)).toEqual(['person-name:personal', 'phone-number:personal']);
  });

  it("treats the signature's own number as the sender's wherever it appears", () => {
    const body =
      'Hej,\nRing mig på 070-123 45 67 om något är oklart.\n\nMvh\nAnna Svensson\nMobil 070-123 45 67';
    expect(types(body)).toEqual([]);
  });

  it('never hides sensitive data after a sign-off', () => {
    const body = 'Hej,\nMvh\nAnna\nPersonnummer: 850709-9805\nHon är sjukskriven.';
    expect(types(body)).toEqual(
      expect.arrayContaining(['se-personnummer:sensitive', 'health-term:sensitive']),
    );
  });

  it('does not take a path or a slash sentence for a /Anna sign-off', () => {
    expect(types('Hej,\n/Ring Per, 073-555 12 34, i morgon, tack\nSlut.')).toContain('phone-number:personal');
  });

  it('does not take a sentence that starts with the sender name for a signature', () => {
    expect(types('Hej,\nAnna ringer kunden på 073-555 12 34 i morgon.\nTack.')).toEqual([
      'person-name:info',
      'phone-number:personal',
    ]);
  });

  it('does not take a sentence that starts with "Thanks" for a sign-off', () => {
    const body =
      'Hi,\nThanks for the update from the customer.\nCall their CEO on 073-555 12 34 today.\nNothing else.';
    expect(types(body)).toEqual(['phone-number:personal']);
  });

  it('does not treat a long text after "Hälsningar" as a signature', () => {
    const lines = ['Hälsningar från mässan!'];
    for (let i = 0; i < 20; i++) lines.push(`Rad ${i} om mässan.`);
    lines.push('Kundens mobil: 073-555 12 34');
    expect(types(lines.join('\n'))).toEqual(['phone-number:personal']);
  });

  it('finds the signature before quoted history, not in it', () => {
    const body =
      'Hej Lars,\nTack!\n\nMvh\nAnna Svensson\n070-123 45 67\n\nFrån: Lars Kund <lars@kund.se>\nSkickat: den 3 november 2026 10:12\nTill: Anna Svensson\nÄmne: Offert\n\nHej, min kollega Per har nummer 073-555 12 34.\n';
    const scan = analyzeDraft(draft({ body }), ENV);
    expect(
      scan.findings.filter((f) => f.type === 'phone-number').map((f) => [f.value, f.quoted === true]),
    ).toEqual([['073-555 12 34', true]]);
  });
});
