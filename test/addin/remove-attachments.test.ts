import { createMailbox, removeAttachments } from '../../src/addin';
import { fakeOffice } from './fake-office';

describe('removeAttachments', () => {
  it('lists the attachments again before each removal and reports each target', async () => {
    const fake = fakeOffice({
      attachments: [
        { name: 'a.xlsx', bytes: new Uint8Array(3) },
        { name: 'b.pdf', bytes: new Uint8Array(4) },
        { name: 'b.pdf', bytes: new Uint8Array(9) },
      ],
    });
    const results = await removeAttachments(createMailbox(fake.office), [
      { name: 'a.xlsx' },
      { name: 'b.pdf', size: 9 },
      { name: 'saknas.docx' },
    ]);
    expect(results).toEqual([
      { kind: 'removed', name: 'a.xlsx' },
      { kind: 'removed', name: 'b.pdf' },
      { kind: 'not-found', name: 'saknas.docx' },
    ]);
    expect(fake.calls.filter((c) => c === 'getAttachmentsAsync' || c === 'removeAttachmentAsync')).toEqual([
      'getAttachmentsAsync',
      'removeAttachmentAsync',
      'getAttachmentsAsync',
      'removeAttachmentAsync',
      'getAttachmentsAsync',
    ]);
    const left = await createMailbox(fake.office).getAttachments();
    expect(left.map((a) => [a.name, a.size])).toEqual([['b.pdf', 4]]);
  });

  it('reports a failed listing per target instead of rejecting', async () => {
    const fake = fakeOffice({ attachments: [{ name: 'a.xlsx', bytes: new Uint8Array(1) }] });
    (fake.office.context.mailbox as { item: unknown }).item = null;
    await expect(removeAttachments(createMailbox(fake.office), [{ name: 'a.xlsx' }])).resolves.toEqual([
      { kind: 'failed', name: 'a.xlsx', reason: expect.stringContaining('no message') },
    ]);
  });
});
