import { createMailbox, OfficeApiError, readDraft, type Extractor } from '../../src/addin';
import { fakeOffice } from './fake-office';

const textExtractor: Extractor = async (bytes, name) => ({
  kind: 'text',
  text: `${name}:${Buffer.from(bytes).toString('utf8')}`,
});
const options = { now: () => Date.now(), budgetMs: 5000, extract: textExtractor };

describe('createMailbox', () => {
  it('wraps the compose APIs as promises', async () => {
    const fake = fakeOffice({
      subject: 'Hej',
      to: ['a@example.com'],
      body: 'Text',
      displayLanguage: 'sv-SE',
      mailbox: '1.14',
    });
    const mailbox = createMailbox(fake.office);
    expect(mailbox.displayLanguage).toBe('sv-SE');
    expect(mailbox.supports('1.14')).toBe(true);
    expect(mailbox.supports('1.15')).toBe(false);
    await expect(mailbox.getSubject()).resolves.toBe('Hej');
    await expect(mailbox.getRecipients('to')).resolves.toEqual([
      { emailAddress: 'a@example.com', displayName: 'a' },
    ]);
    await expect(mailbox.getBody('text')).resolves.toBe('Text');
    await mailbox.prependToBody('<a href="x">länk</a>', 'html');
    await mailbox.showNotification('mailguard', 'Kontrollerat');
    expect(fake.calls).toEqual(
      expect.arrayContaining(['body.prependAsync', 'notificationMessages.replaceAsync']),
    );
    expect(fake.calls).not.toContain('body.setAsync');
  });

  it('stores and reads session data; an unset key is undefined', async () => {
    const mailbox = createMailbox(fakeOffice({}).office);
    await expect(mailbox.getSessionValue('mailguard')).resolves.toBeUndefined();
    await mailbox.setSessionValue('mailguard', '{"version":1}');
    await expect(mailbox.getSessionValue('mailguard')).resolves.toBe('{"version":1}');
  });

  it('rejects with a named error when there is no message being composed', async () => {
    const fake = fakeOffice({});
    (fake.office.context.mailbox as { item: unknown }).item = null;
    await expect(createMailbox(fake.office).getSubject()).rejects.toBeInstanceOf(OfficeApiError);
  });
});

describe('readDraft', () => {
  it('reads every part and extracts attachments of each Office format', async () => {
    const fake = fakeOffice({
      subject: 'S',
      to: ['a@example.com'],
      cc: ['b@example.com'],
      body: 'B',
      attachments: [
        { name: 'a.txt', bytes: Buffer.from('ett') },
        { name: 'Vidarebefordrat', format: 'eml', attachmentType: 'item', text: 'Subject: x\r\n\r\nåäö' },
        { name: 'Möte', format: 'iCalendar', text: 'BEGIN:VCALENDAR' },
        { name: 'delad.docx', attachmentType: 'cloud' },
      ],
    });
    const { draft, problems } = await readDraft(createMailbox(fake.office), options);
    expect(problems).toEqual([]);
    expect(draft).toMatchObject({
      subject: 'S',
      body: 'B',
      to: [{ address: 'a@example.com' }],
      cc: [{ address: 'b@example.com' }],
    });
    expect(draft.attachments.map((a) => a.content)).toEqual([
      { kind: 'text', text: 'a.txt:ett' },
      { kind: 'text', text: 'Vidarebefordrat.eml:Subject: x\r\n\r\nåäö' },
      { kind: 'text', text: 'Möte.ics:BEGIN:VCALENDAR' },
      { kind: 'not-read', reason: expect.stringContaining('cloud') },
    ]);
  });

  it('reports what it could not read instead of treating it as clean', async () => {
    const fake = fakeOffice({
      bodyFails: 'Internal error',
      attachments: [{ name: 'x.docx', fail: 'Attachment too big' }],
    });
    const { draft, problems } = await readDraft(createMailbox(fake.office), options);
    expect(problems).toEqual([
      { part: 'body', code: 'not-read', message: expect.stringContaining('Internal error') },
    ]);
    expect(draft.attachments[0]).toMatchObject({
      name: 'x.docx',
      id: 'att-0',
      content: { kind: 'not-read' },
    });
  });

  it('marks attachments not reached within the budget as not read', async () => {
    let clock = 0;
    const slow: Extractor = async () => ((clock += 1000), { kind: 'text', text: '' });
    const fake = fakeOffice({
      attachments: [
        { name: 'a.txt', bytes: Buffer.from('a') },
        { name: 'b.txt', bytes: Buffer.from('b') },
      ],
    });
    const { draft } = await readDraft(createMailbox(fake.office), {
      now: () => clock,
      budgetMs: 500,
      extract: slow,
    });
    expect(draft.attachments.map((a) => a.content.kind)).toEqual(['text', 'not-read']);
  });

  it('fingerprints content: same draft, same hash; any change, another', async () => {
    const read = async (body: string, file: string) =>
      (
        await readDraft(
          createMailbox(
            fakeOffice({ body, attachments: [{ name: 'a.txt', bytes: Buffer.from(file) }] }).office,
          ),
          options,
        )
      ).fingerprint;
    const first = await read('Hej', 'x');
    expect(await read('Hej', 'x')).toEqual(first);
    expect((await read('Hej!', 'x')).draft).not.toBe(first.draft);
    const changedFile = await read('Hej', 'y');
    expect(changedFile.attachments[0]?.hash).not.toBe(first.attachments[0]?.hash);
  });
});
