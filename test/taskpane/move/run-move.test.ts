/** @jest-environment ./test/taskpane/move/jsdom-with-fetch.js */
/**
 * The move and its Undo, step by step, on the simulator's draft through the real Office adapter and a REAL
 * vault on loopback. Every failure before the removal must leave the draft exactly as it was.
 */
import { readSession } from '../../../src/addin';
import { VaultNetworkError } from '../../../src/addin/vault';
import { OfficeApiError } from '../../../src/addin';
import { formatDate, moveAttachment, undoMove, type AttachmentMoveState } from '../../../src/taskpane/move';
import { startVaultProcess, type VaultProcess } from '../../e2e/move-vault';
import { intercept, nodeTransport } from '../../addin/vault/node-transport';
import { OWNER, draft, moveDeps } from './harness';

let vault: VaultProcess;
beforeAll(async () => {
  vault = await startVaultProcess();
});
afterAll(async () => vault?.stop());

const CSV = 'name;personnummer\nAnna;850709-9805\n';

async function run(
  deps: Parameters<typeof moveAttachment>[0],
  d: ReturnType<typeof draft>,
  signal = new AbortController().signal,
) {
  const states: AttachmentMoveState[] = [];
  const [first] = d.store.attachments;
  if (!first) throw new Error('no attachment');
  await moveAttachment(
    deps,
    { id: first.id, name: first.name, contentType: first.contentType },
    ['bo@example.com'],
    (s) => states.push(s),
    signal,
  );
  return { states, last: states[states.length - 1], id: first.id };
}

describe('moving one attachment', () => {
  it('goes reading → uploading → verifying → linking → removing → moved, and records it', async () => {
    const d = draft([['lista.csv', CSV]]);
    const { states, last } = await run(moveDeps(vault, d), d);
    expect(states.map((s) => s.kind).filter((k, i, all) => all.indexOf(k) === i)).toEqual([
      'reading',
      'uploading',
      'verifying',
      'linking',
      'removing',
      'moved',
    ]);
    expect(d.store.attachments).toHaveLength(0);
    expect(d.store.bodyHtml).toContain('lista.csv');
    expect(d.store.bodyText).toContain(
      'Kept on Vinnter AB’s secure server according to the email policy (P3)',
    );
    if (last?.kind !== 'moved') throw new Error('not moved');
    expect(d.store.bodyText).toContain(
      `lista.csv (35 bytes) — the link works until ${formatDate(last.file.expiresAt, 'en')}`,
    );
    // Below the new text, not above the greeting.
    expect(d.store.bodyHtml.indexOf('Hi Bo')).toBeLessThan(d.store.bodyHtml.indexOf('mailguard-link-'));
    const session = await readSession(d.mailbox);
    expect(session.moved).toEqual([expect.objectContaining({ name: 'lista.csv', fileId: last.file.fileId })]);
  });

  const offline = intercept(nodeTransport, async () => {
    throw new VaultNetworkError('refused');
  });
  const failing = (api: string) => () => Promise.reject(new OfficeApiError(api, 'failed'));

  it.each([
    ['the vault is down', { transport: offline }, 'uploading', 'vault-unreachable'],
    [
      'reading the attachment fails',
      { mailbox: { getAttachmentContent: failing('getAttachmentContentAsync') } },
      'reading',
      'office-failed',
    ],
    [
      'inserting the link fails',
      { mailbox: { getBody: failing('body.getAsync') } },
      'linking',
      'office-failed',
    ],
  ] as const)('leaves the draft exactly as it was when %s', async (_what, overrides, step, problem) => {
    const d = draft([['lista.csv', CSV]]);
    const before = { body: d.store.bodyHtml, attachments: d.store.attachments.slice() };
    const { last } = await run(moveDeps(vault, d, overrides), d);
    expect(last).toMatchObject({
      kind: 'failed',
      step,
      problem: { kind: problem },
      attachmentKept: true,
      linkInserted: false,
    });
    expect(d.store.bodyHtml).toBe(before.body);
    expect(d.store.attachments).toEqual(before.attachments);
    expect((await readSession(d.mailbox)).moved).toEqual([]);
  });

  it('leaves both the link and the attachment when the removal fails, and says so', async () => {
    const d = draft([['lista.csv', CSV]]);
    const { last } = await run(
      moveDeps(vault, d, { mailbox: { removeAttachment: failing('removeAttachmentAsync') } }),
      d,
    );
    expect(last).toMatchObject({
      kind: 'failed',
      step: 'removing',
      attachmentKept: true,
      linkInserted: true,
    });
    expect(d.store.attachments).toHaveLength(1);
    expect(d.store.bodyHtml).toContain('mailguard-link-');
  });

  it('does not trust a removal that Outlook reports but did not do', async () => {
    const d = draft([['lista.csv', CSV]]);
    const { last } = await run(
      moveDeps(vault, d, { mailbox: { removeAttachment: async () => undefined } }),
      d,
    );
    expect(last).toMatchObject({ kind: 'failed', step: 'removing', problem: { kind: 'not-removed' } });
  });

  it('stops without removing anything when cancelled during the upload', async () => {
    const d = draft([['lista.csv', CSV]]);
    const abort = new AbortController();
    const slow = intercept(nodeTransport, async (request, next) => {
      abort.abort();
      return next(request);
    });
    const { last } = await run(moveDeps(vault, d, { transport: slow }), d, abort.signal);
    expect(last).toMatchObject({ kind: 'failed', problem: { kind: 'cancelled' }, attachmentKept: true });
    expect(d.store.attachments).toHaveLength(1);
  });
});

describe('undo', () => {
  it('puts the same bytes back, removes only the link block, forgets the move and erases the vault copy', async () => {
    const d = draft([['lista.csv', CSV]]);
    const deps = moveDeps(vault, d);
    const { last } = await run(deps, d);
    if (last?.kind !== 'moved') throw new Error(`not moved: ${JSON.stringify(last)}`);
    const states: AttachmentMoveState[] = [];
    await undoMove(deps, 'lista.csv', last.file, (s) => states.push(s));
    expect(states.map((s) => s.kind)).toEqual(['undoing', 'restored']);
    expect(d.store.bodyHtml).toBe('<p>Hi Bo, here are the files.</p>');
    const [back] = d.store.attachments;
    expect(back?.name).toBe('lista.csv');
    expect(Buffer.from(back?.base64 ?? '', 'base64').toString('utf8')).toBe(CSV);
    expect((await readSession(d.mailbox)).moved).toEqual([]);
    const token = await vault.token(OWNER);
    // The erasure runs after the Undo reports back (best effort): give it a moment.
    let status = 0;
    for (let tries = 0; tries < 50 && status !== 404; tries += 1) {
      status = (
        await fetch(`${vault.url}/api/files/${last.file.fileId}`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).status;
      if (status !== 404) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(404);
  });

  it('keeps the link when the file cannot be fetched back, and says the attachment is not restored', async () => {
    const d = draft([['lista.csv', CSV]]);
    const { last } = await run(moveDeps(vault, d), d);
    if (last?.kind !== 'moved') throw new Error('not moved');
    const states: AttachmentMoveState[] = [];
    const offline = intercept(nodeTransport, async () => {
      throw new VaultNetworkError('refused');
    });
    await undoMove(moveDeps(vault, d, { transport: offline }), 'lista.csv', last.file, (s) => states.push(s));
    expect(states[states.length - 1]).toMatchObject({
      kind: 'failed',
      step: 'undo',
      attachmentKept: false,
      linkInserted: true,
    });
    expect(d.store.bodyHtml).toContain('mailguard-link-');
  });
});
