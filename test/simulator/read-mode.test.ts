/**
 * The read simulator's fake Office and the add-in's read-mode adapter together: the pane tells a received
 * message from a draft, reads it through the same `Mailbox` as a draft (readDraft), converts its id for
 * Graph, and `getAsFileAsync` gives a MIME message that parses back to the same text and attachment.
 */
import { createMailbox, readDraft } from '../../src/addin';
import { createReadMailbox, inReadMode, isReadItem } from '../../src/addin/read-item';
import { extract, parseMessage } from '../../src/core/extraction';
import { INBOX, restIdOf } from '../../src/simulator/read/inbox';
import { createReadOffice } from '../../src/simulator/read/read-office';
import { createFakeOffice } from '../../src/simulator/office/fake-office';
import { ComposeStore } from '../../src/simulator/office/compose-store';

const [CV, , HEALTH] = INBOX;
if (!CV || !HEALTH) throw new Error('the simulator inbox changed');
const now = (): number => performance.now();

describe('read mode: the simulator and the adapter', () => {
  const office = createReadOffice(() => 'en-US', CV);
  const message = createReadMailbox(office, createMailbox(office));

  it('is told apart from a draft', () => {
    expect(inReadMode(office)).toBe(true);
    expect(inReadMode(createFakeOffice(new ComposeStore('en-US')))).toBe(false);
    expect(inReadMode(undefined)).toBe(false);
    expect(isReadItem({ subject: { getAsync: () => undefined }, attachments: [] })).toBe(false);
  });

  it('is read by readDraft as a draft is: subject, sender-side recipients, body, attachment bytes', async () => {
    const read = await readDraft(message, { now, budgetMs: 10_000, extract });
    expect(read.problems).toEqual([]);
    expect(read.draft.subject).toBe(CV.subject);
    expect(read.draft.to.map((a) => a.address)).toEqual(['maria.holm@vinnter.se']);
    expect(read.draft.body).toContain('Mitt CV är bifogat');
    const [attachment] = read.draft.attachments;
    expect(attachment?.name).toBe('CV Anna Lind.txt');
    expect(attachment?.content.kind === 'text' && attachment.content.text).toContain('850412-1230');
  });

  it('gives Graph its REST id (/ → -, + → _) and knows who is signed in', async () => {
    expect(await message.restId()).toBe('AAMkSimInbox-cv_0001=');
    expect(restIdOf(HEALTH.itemId)).toBe('AAMkSimInbox-health_0003=');
    expect(message.userEmail).toBe('maria.holm@vinnter.se');
  });

  it('refuses to change a received message', async () => {
    await expect(message.removeAttachment('att-cv')).rejects.toThrow(/cannot be changed/);
    await expect(message.prependToBody('x', 'text')).rejects.toThrow(/cannot be changed/);
  });

  it('gives the whole message as MIME that parses back to its text and attachment', async () => {
    expect(message.canGetAsFile()).toBe(true);
    const bytes = Buffer.from(await message.getAsFile(), 'base64');
    const parsed = await parseMessage(new Uint8Array(bytes), { now });
    expect(parsed.subject).toBe(CV.subject);
    expect(parsed.from?.address).toBe('anna.lind@example.com');
    expect(parsed.body).toContain('Mitt CV är bifogat');
    const [attachment] = parsed.attachments;
    expect(attachment?.name).toBe('CV Anna Lind.txt');
    expect(attachment?.content.kind === 'text' && attachment.content.text).toContain('850412-1230');
  });

  it('says it cannot give the whole message where Mailbox 1.14 is missing', () => {
    const old = {
      ...office,
      context: {
        ...office.context,
        requirements: { isSetSupported: (_n: string, v?: string) => v === '1.1' },
      },
    };
    expect(createReadMailbox(old, createMailbox(old)).canGetAsFile()).toBe(false);
  });
});
