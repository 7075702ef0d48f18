/** @jest-environment jsdom */
import { OfficeApiError, createMailbox } from '../../src/addin';
import { ComposeStore, parseRecipients } from '../../src/simulator/office/compose-store';
import { createFakeOffice } from '../../src/simulator/office/fake-office';

/** The simulator's fake Office, driven through the real adapter as the task pane and on-send use it. */
function setup() {
  const store = new ComposeStore('sv-SE');
  const office = createFakeOffice(store);
  return { store, office, mailbox: createMailbox(office) };
}

describe('fake Office for the compose simulator', () => {
  it('reads what the compose window holds', async () => {
    const { store, mailbox } = setup();
    store.setSubject('Lista');
    store.setRecipients('to', parseRecipients('Anna Svensson <anna@example.com>; bo@example.com'));
    store.setBody('<p>Hej</p>', 'Hej');
    expect(mailbox.displayLanguage).toBe('sv-SE');
    expect(await mailbox.getSubject()).toBe('Lista');
    expect(await mailbox.getRecipients('to')).toEqual([
      { displayName: 'Anna Svensson', emailAddress: 'anna@example.com' },
      { displayName: 'bo@example.com', emailAddress: 'bo@example.com' },
    ]);
    expect(await mailbox.getBody('text')).toBe('Hej');
    expect(await mailbox.getBody('html')).toBe('<p>Hej</p>');
  });

  it('gives attachments as base64 and fails like Outlook for an unknown id', async () => {
    const { store, mailbox } = setup();
    const id = store.addAttachment('a.txt', 'text/plain', 3, 'YWJj');
    expect(await mailbox.getAttachments()).toEqual([
      { id, name: 'a.txt', contentType: 'text/plain', size: 3, attachmentType: 'file', isInline: false },
    ]);
    expect(await mailbox.getAttachmentContent(id)).toEqual({ content: 'YWJj', format: 'base64' });
    await mailbox.removeAttachment(id);
    await expect(mailbox.getAttachmentContent(id)).rejects.toBeInstanceOf(OfficeApiError);
    const added = await mailbox.addFileAttachmentFromBase64('ZGVm', 'b.txt');
    expect((await mailbox.getAttachments()).map((a) => a.id)).toEqual([added]);
  });

  it('fires RecipientsChanged and AttachmentsChanged to registered handlers', async () => {
    const { store, mailbox } = setup();
    const seen: string[] = [];
    await mailbox.onItemEvent('recipients-changed', () => seen.push('recipients'));
    await mailbox.onItemEvent('attachments-changed', () => seen.push('attachments'));
    store.setRecipients('cc', parseRecipients('c@example.com'));
    store.addAttachment('x.csv', 'text/csv', 1, 'eA==');
    store.setSubject('not an event');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual(['recipients', 'attachments']);
  });

  it('keeps session data per item and reports unset keys as missing', async () => {
    const { store, mailbox } = setup();
    expect(await mailbox.getSessionValue('mailguard')).toBeUndefined();
    await mailbox.setSessionValue('mailguard', '{"version":1}');
    expect(await mailbox.getSessionValue('mailguard')).toBe('{"version":1}');
    store.reset();
    expect(await mailbox.getSessionValue('mailguard')).toBeUndefined();
  });

  it('inserts text into the body and tells the editor', async () => {
    const { store, mailbox } = setup();
    const replaced = jest.fn();
    store.subscribe((event) => event === 'body-replaced' && replaced());
    store.setBody('<p>Hej</p>', 'Hej');
    await mailbox.prependToBody('<p>Länk: <a href="https://vault">fil</a></p>', 'html');
    await mailbox.insertAtCursor('<b> & </b>', 'text');
    expect(await mailbox.getBody('text')).toBe('Länk: fil\nHej\n<b> & </b>');
    expect(replaced).toHaveBeenCalledTimes(2);
  });

  it('registers Smart Alert handlers by name and answers requirement-set checks up to 1.15', () => {
    const { office, mailbox } = setup();
    const handler = jest.fn();
    office.actions.associate('onMessageSendHandler', handler);
    expect(office.associated.get('onMessageSendHandler')).toBe(handler);
    expect(mailbox.supports('1.15')).toBe(true);
    expect(mailbox.supports('1.16')).toBe(false);
    expect(office.MailboxEnums.SendModeOverride.PromptUser).toBe('promptUser');
  });

  it('follows Office.js conventions: optional options, asyncContext on the result', async () => {
    const { store, office } = setup();
    store.setBody('<p>Hej</p>', 'Hej');
    const item = office.context.mailbox.item as unknown as {
      body: { getAsync(...args: unknown[]): void; prependAsync(...args: unknown[]): void };
      subject: { getAsync(...args: unknown[]): void };
    };
    const result = await new Promise<{ value: unknown; asyncContext?: unknown }>((resolve) =>
      item.body.getAsync('text', { asyncContext: 'event-1' }, resolve),
    );
    expect(result).toMatchObject({ status: 'succeeded', value: 'Hej', asyncContext: 'event-1' });
    await new Promise((resolve) => item.body.prependAsync('Obs: ', resolve));
    expect(store.bodyText).toBe('Obs: \nHej'); // text before a <p> block ends a line, as in Outlook
    const subject = await new Promise<{ value: unknown }>((resolve) => item.subject.getAsync(resolve));
    expect(subject.value).toBe('');
  });
});
