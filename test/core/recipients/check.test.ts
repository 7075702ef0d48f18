import { analyzeDraft, recipientsText, type Address, type Draft } from '../../../src/core/draft';
import { decide, DEFAULT_POLICY, type Policy } from '../../../src/core/policy';
import { isRecipientFinding, type RecipientFinding } from '../../../src/core/recipients';
import { ENV, draft } from '../draft/helpers';

const PERSONAL = 'Hej,\n\nRing Per på 070-123 45 67 om leveransen.\n\nMvh\nAnna';
const SENSITIVE = 'Hej,\n\nPer är sjukskriven hela veckan.\n\nMvh\nAnna';
const CLEAN = 'Hej,\n\nMötet flyttas till torsdag kl 10.\n\nMvh\nAnna';

const POLICY: Policy = {
  ...DEFAULT_POLICY,
  company: { ...DEFAULT_POLICY.company, domains: ['vinnter.se', 'vinnter.com', 'vinnter-iot.se'] },
  recipients: { ...DEFAULT_POLICY.recipients, partnerDomains: ['nordax.se'] },
};

function to(...addresses: Array<string | Address>): Address[] {
  return addresses.map((a) => (typeof a === 'string' ? { address: a } : a));
}

function recipientRisks(d: Partial<Draft>, policy: Policy = POLICY): RecipientFinding[] {
  return analyzeDraft(draft(d), { ...ENV, policy }).findings.filter(isRecipientFinding);
}

function types(d: Partial<Draft>, policy: Policy = POLICY): string[] {
  return recipientRisks(d, policy).map((f) => f.type);
}

describe('lookalike domains', () => {
  it.each([
    ['a letter dropped', 'anna.berg@vinter.se', 'edit-distance', 'anna.berg@vinnter.se'],
    ['letters swapped', 'anna.berg@vinnetr.se', 'edit-distance', 'anna.berg@vinnter.se'],
    ['rn for m, l for i', 'per@vlnnter.se', 'homoglyph', 'per@vinnter.se'],
    ['a Cyrillic і', 'per@vіnnter.se', 'homoglyph', 'per@vinnter.se'],
    ['the same in punycode', 'per@xn--vnnter-pvf.se', 'homoglyph', 'per@vinnter.se'],
    ['another top-level domain', 'per@vinnter.co', 'other-tld', 'per@vinnter.se'],
    ['the company name with words', 'per@vinnter-se.com', 'extra-words', 'per@vinnter.se'],
    ['the domain under another', 'per@vinnter.se.example.net', 'extra-words', 'per@vinnter.se'],
    ['a partner misspelt', 'kalle@nordaxx.se', 'edit-distance', 'kalle@nordax.se'],
    ['webmail misspelt', 'lisa@gmial.com', 'edit-distance', 'lisa@gmail.com'],
  ])('true positive: %s (%s)', (_label, address, how, suggestion) => {
    const [f] = recipientRisks({ body: CLEAN, to: to(address) });
    expect(f?.type).toBe('recipient-lookalike-domain');
    expect(f?.risk).toMatchObject({ kind: 'lookalike', how });
    expect(f?.fix).toEqual({
      kind: 'replace-address',
      recipient: { field: 'to', index: 0, address },
      replacement: suggestion,
    });
    expect(f?.masked).toBe(`${address.charAt(0)}***${address.slice(address.indexOf('@'))}`);
  });

  it('a domain already in the quoted conversation is compared against', () => {
    const body = `${CLEAN}\n\nFrån: Kalle <kalle@kundbolaget.se>\nSkickat: 3 december 2026\nÄmne: Leverans\n\nHej!`;
    expect(types({ body, to: to('kalle@kundbolagt.se') })).toEqual(['recipient-lookalike-domain']);
  });

  it.each([
    ['a colleague at a subsidiary domain the policy lists', 'eva@vinnter-iot.se'],
    ['a colleague at a subdomain', 'eva@lab.vinnter.se'],
    ['a trusted partner', 'kalle@nordax.se'],
    ['an unrelated customer', 'kalle@kundbolaget.se'],
    ['a short name one letter from another', 'ola@abc.se'],
    ['webmail itself', 'lisa@hotmail.com'],
  ])('true negative: %s', (_label, address) => {
    expect(types({ body: CLEAN, to: to(address, 'x@abb.se') })).toEqual([]);
  });

  it('trap: a customer one letter from another customer, both in the conversation, is not a lookalike', () => {
    const body = `${CLEAN}\n\n> From: a@nordex.se\n> Cc: b@nordez.se\n> hej`;
    expect(types({ body, to: to('b@nordez.se', 'a@nordex.se') })).toEqual([]);
  });

  it('warns on clean mail and blocks when the draft carries sensitive data', () => {
    const clean = decide(
      analyzeDraft(draft({ body: CLEAN, to: to('p@vinter.se') }), { ...ENV, policy: POLICY }),
      POLICY,
    );
    expect(clean.kind).toBe('warn');
    expect(clean.findings[0]).toMatchObject({
      type: 'recipient-lookalike-domain',
      action: 'warn',
      clause: 'P1',
    });
    const sens = recipientRisks({ body: SENSITIVE, to: to('p@vinter.se') });
    expect(sens[0]?.severity).toBe('sensitive');
    const v = decide({ findings: sens, errors: [] }, POLICY);
    expect(v.kind).toBe('block');
  });
});

describe('personal webmail', () => {
  it.each([['lisa@gmail.com'], ['lisa@hotmail.se'], ['lisa@proton.me'], ['lisa@yahoo.co.uk']])(
    'true positive with personal data: %s',
    (address) => expect(types({ body: PERSONAL, to: to(address) })).toEqual(['recipient-webmail']),
  );

  it('true negative without personal data, or when the policy lists it as a partner', () => {
    expect(types({ body: CLEAN, to: to('lisa@gmail.com') })).toEqual([]);
    const partner: Policy = {
      ...POLICY,
      recipients: { ...POLICY.recipients, partnerDomains: ['gmail.com'] },
    };
    expect(types({ body: PERSONAL, to: to('lisa@gmail.com') }, partner)).toEqual([]);
  });
});

describe('greeting mismatch', () => {
  const anna: Address = { address: 'a.berg@kund.se', name: 'Berg, Anna' };
  it.each([
    ['Hej Anna,', [{ address: 'karin.holm@kund.se', name: 'Karin Holm' }]],
    ['Dear Mr Berg,', [{ address: 'k.holm@kund.se' }]],
    ['Hej Anna och Bo!', [anna]],
  ])('true positive: "%s"', (greeting, recipients) => {
    const f = recipientRisks({ body: `${greeting}\n\nRing Per på 070-123 45 67.`, to: recipients });
    expect(f.map((x) => x.type)).toEqual(['recipient-greeting-mismatch']);
  });

  it.each([
    ['Hej Anna,', [anna]],
    ['Dear Mr Berg,', [anna]],
    ['Hej Anna,', [{ address: 'anna.berg@kund.se' }]],
    ['Hej alla,', [anna]],
    ['Hi team,', [anna]],
    ['Hej!', [anna]],
    ['Hej Anna,', [{ address: 'info@kund.se' }]],
    ['Hej Anders,', [{ address: 'inkop@nordkyl.se', name: 'Nordkyl Inköp' }]],
    ['Hej Anna,', [{ address: 'kund@example.com' }]],
    // shared mailboxes in German, Danish, Norwegian and Finnish: anyone there may be the one greeted
    ['Dear Ms Braun,', [{ address: 'buchhaltung@feldmann.de', name: 'Feldmann Buchhaltung' }]],
    ['Hej Mette,', [{ address: 'regnskab@nordhavn.dk' }]],
    ['Hei Kari,', [{ address: 'økonomi@fjord.no' }]],
    ['Hei Sanna,', [{ address: 'laskutus@tampere-iot.fi' }]],
    [
      'Hej Anna,',
      [{ address: 'lista@kund.se', name: 'Kunder', recipientType: 'distribution-list' as const }],
    ],
  ])('true negative: "%s"', (greeting, recipients) => {
    expect(types({ body: `${greeting}\n\nRing Per på 070-123 45 67.`, to: recipients })).toEqual([]);
  });

  it('ignores a greeting in quoted history and mail without personal data', () => {
    const quoted = `Tack!\n\n> Hej Anna,\n> ring Per på 070-123 45 67.`;
    expect(types({ body: quoted, to: [{ address: 'karin.holm@kund.se', name: 'Karin Holm' }] })).toEqual([]);
    expect(types({ body: 'Hej Anna,\n\nMötet är kl 10.', to: [{ address: 'karin.holm@kund.se' }] })).toEqual(
      [],
    );
  });
});

describe('visible recipient lists', () => {
  const many = (n: number, domains: readonly string[]): Address[] =>
    Array.from({ length: n }, (_, i) => ({ address: `kund${i}@${domains[i % domains.length] as string}` }));

  it('suggests Bcc for five external addresses from two organisations, with no personal data', () => {
    const [f] = recipientRisks({ body: CLEAN, to: many(3, ['alfa.se']), cc: many(2, ['beta.se']) });
    expect(f?.type).toBe('recipient-visible-list');
    expect(f?.fix.kind).toBe('move-to-bcc');
    expect(f?.fix.kind === 'move-to-bcc' && f.fix.recipients.length).toBe(5);
  });

  it.each([
    ['four external', { to: many(4, ['alfa.se', 'beta.se']) }],
    ['one organisation', { to: many(8, ['alfa.se']) }],
    ['already in Bcc', { bcc: many(8, ['alfa.se', 'beta.se']) }],
    [
      'colleagues',
      { to: to('a@vinnter.se', 'b@vinnter.se', 'c@vinnter.com', 'd@vinnter.se', 'e@lab.vinnter.se') },
    ],
  ])('true negative: %s', (_label, parts) => expect(types({ body: CLEAN, ...parts })).toEqual([]));

  it('counts private webmail addresses as organisations of their own', () => {
    expect(types({ body: CLEAN, to: many(5, ['gmail.com']) })).toEqual(['recipient-visible-list']);
  });

  it('handles hundreds of recipients', () => {
    const f = recipientRisks({ body: PERSONAL, to: many(400, ['alfa.se', 'beta.se', 'gamma.se']) });
    expect(f.map((x) => x.type)).toEqual(['recipient-visible-list']);
  });
});

describe('no resolved recipients, policy off, offsets', () => {
  it('no recipients: no finding', () => {
    expect(types({ body: SENSITIVE, to: [] })).toEqual([]);
  });

  it('the category switched off: no finding', () => {
    const off: Policy = { ...POLICY, actions: { ...POLICY.actions, recipient: 'off' } };
    expect(types({ body: CLEAN, to: to('p@vinter.se') }, off)).toEqual([]);
  });

  it('points at the recipient display name in the recipients text', () => {
    const d = draft({
      body: CLEAN,
      to: [
        { address: 'x@kund.se', name: 'Kund' },
        { address: 'per@vinter.se', name: 'Olsson, Per' },
      ],
    });
    const [f] = analyzeDraft(d, { ...ENV, policy: POLICY }).findings.filter(isRecipientFinding);
    expect(recipientsText(d).slice(f?.where.start, f?.where.end)).toBe('Olsson, Per');
  });
});
