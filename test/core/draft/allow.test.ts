import { analyzeDraft } from '../../../src/core/draft';
import { DEFAULT_RECOGNIZERS } from '../../../src/core/detection';
import { draft, ENV } from './helpers';

const found = (body: string): string[] => analyzeDraft(draft({ body }), ENV).findings.map((f) => f.value);

describe('values that are never findings', () => {
  it.each([
    ['the company organisation number in a footer', 'Vinnter AB, org.nr 556677-8899, Göteborg'],
    ['the company org number written with century', 'Org.nr: 16556677-8899'],
    ["a recipient's own address", 'Svara gärna till lars@kund.se.'],
    ["the sender's own address", 'Min adress är anna.svensson@vinnter.se'],
    ['a colleague address at a company domain', 'Fråga support@vinnter.se eller bo.ek@vinnter.com'],
  ])('%s', (_what, body) => {
    expect(found(body)).toEqual([]);
  });

  it.each([
    ['a third party address', 'Kontakta kalle@annatforetag.se', 'kalle@annatforetag.se'],
    ['another org-number-shaped value', 'Nummer 556036-0793', '556036-0793'],
  ])('still reports %s', (_what, body, value) => {
    expect(found(body)).toEqual([value]);
  });

  it('uses the allow-list of the policy it is given', () => {
    const policy = { ...ENV.policy, company: { ...ENV.policy.company, allowValues: ['556036-0793'] } };
    expect(analyzeDraft(draft({ body: 'Nummer 556036-0793' }), { ...ENV, policy }).findings).toEqual([]);
  });
});

describe('people on the draft', () => {
  const withColleague = draft({ cc: [{ address: 'karin.berg@vinnter.se', name: 'Karin Berg' }] });

  it.each([
    ['a colleague on cc by full name', 'Karin Berg tar mötet.', 'info'],
    ['a colleague on cc by first name', 'Karin tar mötet.', 'info'],
    ['the sender', 'Anna tar mötet med Lars.\nMer om det sen.', 'info'],
    ['a recipient', 'Lars Kund har svarat.', undefined],
    ['a stranger', 'Per Olsson har ringt.', 'personal'],
  ])('%s → %s', (_what, body, severity) => {
    const f = analyzeDraft({ ...withColleague, body }, ENV).findings.find((x) => x.category === 'name');
    expect(f?.severity).toBe(severity);
  });

  it('knows a colleague without a display name by the address', () => {
    const d = draft({ cc: [{ address: 'per.olsson@vinnter.se' }], body: 'Per Olsson fixar det.' });
    expect(analyzeDraft(d, ENV).findings.map((f) => f.severity)).toEqual(['info']);
  });

  it("scans the recipients' display names but not as names", () => {
    const d = draft({
      to: [
        { address: 'x@kund.se', name: 'Per Olsson' },
        { address: 'y@kund.se', name: 'Lönelistan 850709-9805' },
      ],
    });
    const scan = analyzeDraft(d, ENV);
    expect(scan.findings.map((f) => [f.type, f.where])).toEqual([
      ['se-personnummer', { part: 'recipients', start: 23, end: 34 }],
    ]);
  });

  it("takes no health or faith word in a mailbox's or team's name for data", () => {
    const d = draft({
      to: [{ address: 'dev-health@vinnter.se', name: 'Dev Health' }],
      cc: [{ address: 'elin.sjoberg@vinnter.se', name: 'Elin Sjöberg' }],
      body: 'Hej! Releasen är klar.',
    });
    expect(analyzeDraft(d, { ...ENV, recognizers: DEFAULT_RECOGNIZERS }).findings).toEqual([]);
  });

  it('scans the subject with subject offsets', () => {
    const scan = analyzeDraft(draft({ subject: 'Sjukintyg 850709-9805' }), ENV);
    expect(scan.findings.map((f) => f.where)).toEqual([{ part: 'subject', start: 10, end: 21 }]);
  });
});
