/**
 * The sender's own contact details outside the signature block: a line that names the sender in full,
 * and a contact card of the sender's attached; and the sign-offs that start a signature in every language.
 */
import { analyzeDraft } from '../../../src/core/draft';
import type { DraftAttachment } from '../../../src/core/draft';
import { draft, ENV } from './helpers';

const types = (body: string, attachments: readonly DraftAttachment[] = []): string[] =>
  analyzeDraft(draft({ body, attachments }), ENV)
    .findings.filter((f) => f.severity !== 'info' && f.category === 'contact')
    .map((f) => f.type);

const card = (name: string, text: string): DraftAttachment => ({
  name,
  contentType: 'text/vcard',
  size: text.length,
  content: { kind: 'text', text },
});

describe("the sender's own contact details", () => {
  it('a line naming the sender in full is theirs', () => {
    expect(types('Annonsen:\nKontakt: Anna Svensson, 070-123 45 67.\n\nMvh Anna')).toEqual([]);
  });

  it.each([
    ['ring om nåt 070-123 45 67 (mitt nr)'],
    ['ring mig på 070-123 45 67 om det strular'],
    ['call me on 070-123 45 67 if it breaks'],
    ['det var en syg demo i går, ring hvis noget: 22 33 44 55'],
    ['call if anything comes up: 070-123 45 67'],
    ['Ring gärna om ni vill ses, jag finns på 070-511 20 33.'],
    ['You can reach me at +46 70 511 20 33 all week.'],
  ])('%j: a number the sender marks as their own', (body) => {
    expect(types(body)).toEqual([]);
  });

  it("a number to call someone else on is theirs, not the sender's", () => {
    expect(types('ring henne gärna på 070-123 45 67')).toEqual(['phone-number']);
  });

  it("someone else's line is not", () => {
    expect(types('Kontakt: Karin Berg, 070-123 45 67.\n\nMvh Anna')).toEqual(['phone-number']);
  });

  it("the sender's own card is theirs, by address or by name", () => {
    const byAddress = card(
      'kort.vcf',
      'Name: Anna Svensson\nPhone: 070-123 45 67\nEmail: anna.svensson@vinnter.se',
    );
    const byName = card('Anna Svensson.vcf', 'Name: Anna Svensson\nPhone: 070-123 45 67');
    expect(types('Mina kontaktuppgifter bifogade.', [byAddress])).toEqual([]);
    expect(types('Mina kontaktuppgifter bifogade.', [byName])).toEqual([]);
  });

  it("a colleague's card is a colleague's", () => {
    const other = card('Karin Berg.vcf', 'Name: Karin Berg\nPhone: 070-123 45 67\nEmail: karin@kund.se');
    expect(types('Karins kontaktuppgifter bifogade.', [other])).toEqual(['phone-number', 'email-address']);
  });
});

describe('sign-offs in every language', () => {
  it.each([['Best,'], ['Med venlig hilsen'], ['Venlige hilsner'], ['Parhain terveisin'], ['Ystävällisesti']])(
    '%s starts the sender’s signature',
    (signOff) => {
      expect(types(`Hei,\nKlart.\n\n${signOff}\nAnna Svensson\n070-123 45 67`)).toEqual([]);
    },
  );

  it('"Best practice" is not a sign-off', () => {
    expect(types('Hi,\nBest practice is to call Karin on 070-123 45 67.')).toEqual(['phone-number']);
  });
});
