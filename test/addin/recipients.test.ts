/**
 * The recipient fixes through the real adapter on the compose simulator's fake mailbox: read the draft,
 * find the risk with the core, apply the one-click fix, undo it.
 */
import {
  applyRecipientFix,
  createMailbox,
  OfficeApiError,
  readDraft,
  undoRecipientFix,
  type HostEmailAddress,
  type Mailbox,
} from '../../src/addin';
import { analyzeDraft } from '../../src/core/draft';
import { extract } from '../../src/core/extraction';
import { DEFAULT_POLICY } from '../../src/core/policy';
import { isRecipientFinding, type RecipientFinding } from '../../src/core/recipients';
import { ComposeStore, parseRecipients } from '../../src/simulator/office/compose-store';
import { createFakeOffice } from '../../src/simulator/office/fake-office';

const TODAY = { year: 2026, month: 12, day: 4 };

function setup(to: string, cc = '', body = 'Hej,\n\nMötet flyttas till torsdag.') {
  const store = new ComposeStore('sv-SE');
  store.setRecipients('to', parseRecipients(to));
  store.setRecipients('cc', parseRecipients(cc));
  store.setBody(`<p>${body}</p>`, body);
  return { store, mailbox: createMailbox(createFakeOffice(store)) };
}

async function risks(mailbox: Mailbox): Promise<RecipientFinding[]> {
  const read = await readDraft(mailbox, { now: () => Date.now(), budgetMs: 5000, extract });
  return analyzeDraft(read.draft, { today: TODAY, policy: DEFAULT_POLICY }).findings.filter(
    isRecipientFinding,
  );
}

const addresses = (list: readonly HostEmailAddress[]): string[] => list.map((r) => r.emailAddress);

describe('recipient fixes through the Office adapter', () => {
  it('replaces a lookalike address with the suggested one, keeping the display name, and undoes it', async () => {
    const { store, mailbox } = setup('"Berg, Anna" <anna.berg@vinnter-se.com>; bo@kund.se');
    const [risk] = await risks(mailbox);
    expect(risk?.fix).toMatchObject({ kind: 'replace-address', replacement: 'anna.berg@vinnter.se' });
    const result = await applyRecipientFix(mailbox, risk!.fix);
    expect(result.kind).toBe('applied');
    expect(store.to).toEqual([
      { displayName: 'Berg, Anna', emailAddress: 'anna.berg@vinnter.se' },
      { displayName: 'bo@kund.se', emailAddress: 'bo@kund.se' },
    ]);
    expect(await risks(mailbox)).toEqual([]);
    if (result.kind === 'applied') await undoRecipientFix(mailbox, result.undo);
    expect(addresses(store.to)).toEqual(['anna.berg@vinnter-se.com', 'bo@kund.se']);
  });

  it('moves a visible list of external recipients to Bcc, colleagues stay, and undoes it', async () => {
    const { store, mailbox } = setup(
      'a@alfa.se; b@beta.se; c@gamma.se; kollega@vinnter.se',
      'd@delta.se; e@alfa.se',
    );
    const [risk] = await risks(mailbox);
    expect(risk?.type).toBe('recipient-visible-list');
    const result = await applyRecipientFix(mailbox, risk!.fix);
    expect(addresses(store.to)).toEqual(['kollega@vinnter.se']);
    expect(store.cc).toEqual([]);
    expect(addresses(store.bcc)).toEqual(['a@alfa.se', 'b@beta.se', 'c@gamma.se', 'd@delta.se', 'e@alfa.se']);
    expect(await risks(mailbox)).toEqual([]);
    if (result.kind === 'applied') await undoRecipientFix(mailbox, result.undo);
    expect(addresses(store.to)).toHaveLength(4);
    expect(addresses(store.cc)).toEqual(['d@delta.se', 'e@alfa.se']);
    expect(store.bcc).toEqual([]);
  });

  it('changes nothing when the recipient was edited since the scan', async () => {
    const { store, mailbox } = setup('per@vinter.se');
    const [risk] = await risks(mailbox);
    store.setRecipients('to', parseRecipients('per@vinnter.se'));
    expect(await applyRecipientFix(mailbox, risk!.fix)).toEqual({ kind: 'stale' });
    expect(addresses(store.to)).toEqual(['per@vinnter.se']);
  });

  it('rejects with OfficeApiError when the client cannot set recipients', async () => {
    const { mailbox } = setup('per@vinter.se');
    const [risk] = await risks(mailbox);
    const broken: Mailbox = {
      ...mailbox,
      setRecipients: (field) => Promise.reject(new OfficeApiError(`${field}.setAsync`, 'not available')),
    };
    await expect(applyRecipientFix(broken, risk!.fix)).rejects.toBeInstanceOf(OfficeApiError);
  });

  it('reads display names with commas and quotes, and Office recipient types', async () => {
    expect(parseRecipients('"Berg, Anna" <a@x.se>, Holm, Bo <b@y.se>; c@z.se')).toEqual([
      { displayName: 'Berg, Anna', emailAddress: 'a@x.se' },
      { displayName: 'Holm, Bo', emailAddress: 'b@y.se' },
      { displayName: 'c@z.se', emailAddress: 'c@z.se' },
    ]);
    const { mailbox } = setup('a@x.se');
    const typed: Mailbox = {
      ...mailbox,
      getRecipients: async (field) =>
        field === 'to'
          ? [{ emailAddress: 'lista@kund.se', displayName: 'Kunder', recipientType: 'distributionList' }]
          : [],
    };
    const read = await readDraft(typed, { now: () => Date.now(), budgetMs: 5000, extract });
    expect(read.draft.to).toEqual([
      { address: 'lista@kund.se', name: 'Kunder', recipientType: 'distribution-list' },
    ]);
  });
});
