/** @jest-environment ./test/taskpane/move/jsdom-with-fetch.js */
/**
 * The hook's state machine over a whole run, with injected fakes: the simulator's draft behind the real
 * Office adapter, and a scripted vault transport that answers like the vault (201 with the body's SHA-256).
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { createHash } from 'node:crypto';
import type { HttpRequest, HttpResponse, HttpTransport } from '../../../src/addin/vault';
import { VaultAbortedError } from '../../../src/addin/vault';
import { useMoveAttachments, type MoveDeps } from '../../../src/taskpane/move';
import { createVaultClient } from '../../../src/addin/vault';
import { draft, type Draft } from './harness';

/** Answers `POST /api/files` like the vault; `fail(n)` scripts the n-th upload's status. */
function scriptedVault(options: { fail?: (n: number) => number | undefined; hold?: Promise<void> } = {}) {
  let uploads = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const transport: HttpTransport = async (request: HttpRequest): Promise<HttpResponse> => {
    if (request.method !== 'POST' || !request.url.endsWith('/api/files'))
      return { status: 204, json: undefined };
    uploads += 1;
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      if (options.hold) {
        await Promise.race([
          options.hold,
          new Promise((_, reject) =>
            request.signal?.addEventListener('abort', () => reject(new VaultAbortedError('cancelled'))),
          ),
        ]);
      }
      const status = options.fail?.(uploads);
      if (status !== undefined) return { status, json: { code: 'internal', message: 'Internal error' } };
      const body = request.body as Uint8Array;
      request.onUploadProgress?.(body.length);
      const sha256 = createHash('sha256').update(body).digest('hex');
      return {
        status: 201,
        json: {
          id: `file${uploads}`,
          sha256,
          size: body.length,
          expiresAt: '2026-12-25T10:00:00Z',
          retainUntil: '2027-11-25T10:00:00Z',
          links: [
            {
              url: `https://vault.test/s/t${uploads}`,
              expiresAt: '2026-12-25T10:00:00Z',
              downloadLimit: null,
            },
          ],
        },
      };
    } finally {
      inFlight -= 1;
    }
  };
  return { transport, uploads: () => uploads, maxInFlight: () => maxInFlight };
}

function depsFor(d: Draft, transport: HttpTransport): MoveDeps {
  return {
    mailbox: d.mailbox,
    vault: createVaultClient({
      baseUrl: 'https://vault.test',
      tokens: { kind: 'dev', getToken: async () => 'token' },
      transport,
      sleep: async () => undefined,
    }),
    replaceBodyHtml: async (html) => d.store.replaceBody(html, html),
    language: 'en',
    companyName: 'Vinnter AB',
    linkExpiryDays: 30,
    now: () => new Date('2026-11-25T10:00:00Z'),
  };
}

const kinds = (result: { current: ReturnType<typeof useMoveAttachments> }) =>
  result.current.state.rows.map((r) => `${r.name}:${r.state.kind}`);

describe('useMoveAttachments', () => {
  it('moves every attachment, one at a time, and ends the run', async () => {
    const d = draft([
      ['a.csv', 'x;y\n1;2\n'],
      ['b.txt', 'hello'],
    ]);
    const vault = scriptedVault();
    const deps = depsFor(d, vault.transport);
    const { result } = renderHook(() => useMoveAttachments(deps));
    act(() => result.current.start());
    await waitFor(() => expect(result.current.state).toMatchObject({ started: true, running: false }));
    expect(kinds(result)).toEqual(['a.csv:moved', 'b.txt:moved']);
    expect(vault.maxInFlight()).toBe(1);
    expect(d.store.attachments).toEqual([]);
  });

  it('moves nothing and says why when the mail has no recipients', async () => {
    const d = draft([['a.csv', 'x']], []);
    const vault = scriptedVault();
    const deps = depsFor(d, vault.transport);
    const { result } = renderHook(() => useMoveAttachments(deps));
    act(() => result.current.start());
    await waitFor(() => expect(result.current.state).toMatchObject({ started: true, running: false }));
    expect(result.current.state.rows[0]?.state).toMatchObject({
      kind: 'failed',
      problem: { kind: 'no-recipients' },
    });
    expect(vault.uploads()).toBe(0);
    expect(d.store.attachments).toHaveLength(1);
  });

  it('goes on with the next attachment when one fails, keeping the failed one in the draft', async () => {
    const d = draft([
      ['a.csv', 'x'],
      ['b.csv', 'y'],
    ]);
    const vault = scriptedVault({ fail: (n) => (n <= 4 ? 500 : undefined) });
    const deps = depsFor(d, vault.transport);
    const { result } = renderHook(() => useMoveAttachments(deps));
    act(() => result.current.start());
    await waitFor(() => expect(result.current.state).toMatchObject({ started: true, running: false }));
    expect(kinds(result)).toEqual(['a.csv:failed', 'b.csv:moved']);
    expect(result.current.state.rows[0]?.state).toMatchObject({
      step: 'uploading',
      problem: { kind: 'vault-error', detail: 'HTTP 500 internal' },
      attachmentKept: true,
    });
    expect(d.store.attachments.map((a) => a.name)).toEqual(['a.csv']);
  });

  it('aborts the upload when the pane goes away; the attachment stays', async () => {
    const d = draft([['a.csv', 'x']]);
    const vault = scriptedVault({ hold: new Promise<void>(() => undefined) });
    const deps = depsFor(d, vault.transport);
    const { result, unmount } = renderHook(() => useMoveAttachments(deps));
    act(() => result.current.start());
    await waitFor(() => expect(vault.uploads()).toBe(1));
    unmount();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(d.store.attachments).toHaveLength(1);
    expect(d.store.bodyHtml).not.toContain('mailguard-link-');
  });

  it('offers Undo for files moved earlier in this draft (from session data)', async () => {
    const d = draft([['a.csv', 'x']]);
    const vault = scriptedVault();
    const deps = depsFor(d, vault.transport);
    const first = renderHook(() => useMoveAttachments(deps));
    act(() => first.result.current.start());
    await waitFor(() => expect(first.result.current.state).toMatchObject({ started: true, running: false }));
    first.unmount();
    const again = renderHook(() => useMoveAttachments(deps));
    await waitFor(() => expect(kinds(again.result)).toEqual(['a.csv:moved']));
    expect(again.result.current.state.started).toBe(false);
  });
});
