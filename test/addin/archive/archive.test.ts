/**
 * Archive and delete, through every failure point, against a REAL vault on loopback (in-process, real storage,
 * retention classes `standard` and `recruitment`) and a Graph client that records what it was asked. The
 * ordering guarantee is checked on one timeline of vault and Graph calls: the move comes after the last
 * verification, and no failure before it moves anything.
 */
import type { TokenProvider } from '../../../src/addin/auth';
import { SignInError } from '../../../src/addin/auth';
import {
  archiveMessage,
  deleteArchived,
  type ArchiveDeps,
  type ArchiveState,
} from '../../../src/addin/archive';
import {
  GraphHttpError,
  GraphNetworkError,
  GraphNotFoundError,
  type GraphClient,
} from '../../../src/addin/graph';
import {
  VaultNetworkError,
  createVaultClient,
  type HttpTransport,
  type VaultClient,
} from '../../../src/addin/vault';
import type { FileMetadata } from '../../../src/contract';
import { checkDraft } from '../../../src/core/draft';
import { peopleInFindings } from '../../../src/core/draft/found-people';
import { DEFAULT_POLICY } from '../../../src/core/policy';
import { participantList } from '../../../src/simulator/read/participants';
import { startTestVault, sha256, type TestVault } from '../../server/support/vault';
import { intercept, nodeTransport } from '../vault/node-transport';
import { fakeMessage, type FakeMessage } from './source';

jest.setTimeout(60_000);
const OWNER = 'anna@vinnter.se';
let vault: TestVault;
beforeAll(async () => {
  vault = await startTestVault({
    config: { retentionClasses: { standard: 365, recruitment: 730 }, defaultRetentionClass: 'standard' },
  });
});
afterAll(async () => vault?.close());

const CV = Buffer.from('Curriculum vitae\nAnna Lind\nPersonnummer 811218-9876\nErfarenhet: ...\n');
const LETTER = Buffer.from('Personligt brev: jag söker tjänsten som ingenjör.\n');
const EML = Buffer.from(
  'From: anna.lind@example.com\r\nTo: rekrytering@vinnter.se\r\nSubject: Ansökan\r\n\r\nHej, här är mitt CV.\r\n',
);

const tokens: TokenProvider = { kind: 'dev', getToken: () => vault.token(OWNER) };
const noSleep = async (): Promise<void> => undefined;

/** One timeline of what happened, in order: vault requests and Graph moves. */
interface Run {
  readonly timeline: string[];
  /** Ids the vault gave for stored files. */
  readonly uploaded: string[];
  readonly states: ArchiveState[];
  readonly graph: GraphClient & { failWith?: Error };
  readonly deps: ArchiveDeps;
}

function setup(
  message: FakeMessage,
  hook?: Parameters<typeof intercept>[1],
  extra: Partial<ArchiveDeps> = {},
): Run {
  const timeline: string[] = [];
  const uploaded: string[] = [];
  const recorded: HttpTransport = intercept(nodeTransport, async (request, next) => {
    const response = await next(request);
    const id = (response.json as { id?: unknown } | undefined)?.id;
    if (request.method === 'POST' && response.status === 201 && typeof id === 'string') uploaded.push(id);
    return response;
  });
  const logged: HttpTransport = intercept(recorded, async (request, next) => {
    timeline.push(
      `vault ${request.method} ${new URL(request.url).pathname.replace(/^\/api\/files\/[^/]+$/, '/api/files/:id')}`,
    );
    return hook ? hook(request, next) : next(request);
  });
  const client: VaultClient = createVaultClient({
    baseUrl: vault.url,
    tokens,
    transport: logged,
    sleep: noSleep,
  });
  const graph: GraphClient & { failWith?: Error } = {
    async moveToDeletedItems(restId) {
      timeline.push(`graph move ${restId}`);
      if (graph.failWith) throw graph.failWith;
    },
  };
  const states: ArchiveState[] = [];
  return {
    timeline,
    uploaded,
    states,
    graph,
    deps: { source: message, vault: client, graph, owner: OWNER, retentionClass: 'recruitment', ...extra },
  };
}

const last = (run: Run): ArchiveState => run.states[run.states.length - 1] as ArchiveState;
const emit = (run: Run) => (state: ArchiveState) => void run.states.push(state);

async function metadata(id: string): Promise<{ status: number; meta?: FileMetadata }> {
  const response = await fetch(`${vault.url}/api/files/${id}`, {
    headers: { authorization: `Bearer ${await vault.token(OWNER)}` },
  });
  return response.ok
    ? { status: 200, meta: (await response.json()) as FileMetadata }
    : { status: response.status };
}

describe('archiveMessage: the whole way', () => {
  it('stores the EML and each attachment under the owner and retention class, verifies, then moves', async () => {
    const run = setup(
      fakeMessage(
        'Ansökan: ingenjör',
        [
          { name: 'CV Anna Lind.txt', bytes: CV },
          { name: 'Personligt brev.txt', bytes: LETTER },
          { name: 'logo.png', bytes: Buffer.from('png'), kind: 'inline' },
          { name: 'Länk.url', bytes: Buffer.from(''), kind: 'cloud' },
        ],
        { eml: EML, restId: 'AAMk-rest_id=' },
      ),
    );
    await archiveMessage(run.deps, { wholeMessage: true }, emit(run));
    const done = last(run);
    expect(done).toMatchObject({ kind: 'done', outcome: 'deleted', attachmentsOnly: false });
    if (done.kind !== 'done') throw new Error('not done');
    expect(done.stored.map((c) => c.name)).toEqual([
      'Ansökan ingenjör.eml',
      'CV Anna Lind.txt',
      'Personligt brev.txt',
    ]);
    const bytes = [EML, CV, LETTER];
    for (const [i, copy] of done.stored.entries()) {
      const { meta } = await metadata(copy.fileId);
      expect(meta).toMatchObject({
        owner: OWNER,
        retentionClass: 'recruitment',
        sha256: sha256(bytes[i] as Buffer),
        size: (bytes[i] as Buffer).length,
      });
    }
    // Order: three uploads, each followed by its verification, and only then the one move.
    expect(run.timeline.filter((t) => !t.includes('/dev/'))).toEqual([
      'vault POST /api/files',
      'vault GET /api/files/:id',
      'vault POST /api/files',
      'vault GET /api/files/:id',
      'vault POST /api/files',
      'vault GET /api/files/:id',
      'graph move AAMk-rest_id=',
    ]);
    expect(run.states.map((s) => s.kind)).toEqual([
      'reading',
      'uploading',
      'verifying',
      'uploading',
      'verifying',
      'uploading',
      'verifying',
      'deleting',
      'done',
    ]);
  });

  it('stores an attached message as .eml', async () => {
    const run = setup(fakeMessage('Fwd', [{ name: 'Ansökan', bytes: EML, kind: 'item' }]));
    await archiveMessage(run.deps, { wholeMessage: false }, emit(run));
    const done = last(run);
    expect(done.kind === 'done' && done.stored.map((c) => [c.name, c.sha256])).toEqual([
      ['Ansökan.eml', sha256(EML)],
    ]);
  });

  it('falls back to the attachments where Outlook cannot give the whole message (no Mailbox 1.14)', async () => {
    const run = setup(fakeMessage('CV', [{ name: 'cv.txt', bytes: CV }]));
    await archiveMessage(run.deps, { wholeMessage: true }, emit(run));
    expect(last(run)).toMatchObject({ kind: 'done', outcome: 'deleted', attachmentsOnly: true });
    const done = last(run);
    expect(done.kind === 'done' && done.stored.map((c) => c.name)).toEqual(['cv.txt']);
  });

  it('reports a message the user already deleted (404 on the move) and keeps the verified copies', async () => {
    const run = setup(fakeMessage('CV', [{ name: 'cv.txt', bytes: CV }]));
    run.graph.failWith = new GraphNotFoundError('gone');
    await archiveMessage(run.deps, { wholeMessage: false }, emit(run));
    const done = last(run);
    expect(done).toMatchObject({ kind: 'done', outcome: 'already-deleted' });
    if (done.kind !== 'done') throw new Error('not done');
    expect((await metadata(done.stored[0]?.fileId ?? '')).status).toBe(200);
  });
});

/** Failures before the verified copy exists: nothing moved, the step named, no copy left behind. */
describe('archiveMessage: the DPO finds the copies by the people of the message', () => {
  const dpoSearch = async (q: string): Promise<string[]> => {
    const response = await fetch(`${vault.url}/api/subjects?q=${encodeURIComponent(q)}`, {
      headers: { authorization: `Bearer ${await vault.token('dpo@vinnter.se', ['dpo'])}` },
    });
    return ((await response.json()) as { files: { id: string }[] }).files.map((f) => f.id);
  };

  it('by the sender name and address and by a recipient, not by an unrelated name', async () => {
    const message: FakeMessage = {
      ...fakeMessage('Ansökan', [{ name: 'CV.txt', bytes: CV }], { eml: EML, restId: 'AAMk-people' }),
      from: { emailAddress: 'ylva.quarnstrom@example.com', displayName: 'Ylva Quarnström' },
      getRecipients: (field) =>
        Promise.resolve(
          field === 'to'
            ? [{ emailAddress: OWNER, displayName: 'Anna' }]
            : field === 'cc'
              ? [{ emailAddress: 'torvald.zell@example.com', displayName: 'Torvald Zell' }]
              : [],
        ),
    };
    const run = setup(message);
    await archiveMessage(run.deps, { wholeMessage: true }, emit(run));
    const done = last(run);
    if (done.kind !== 'done') throw new Error('not done');
    const ids = done.stored.map((c) => c.fileId).sort();
    expect(ids).toHaveLength(2);
    for (const q of ['Ylva Quarnström', 'ylva.quarnstrom@example.com', 'Torvald Zell'])
      expect((await dpoSearch(q)).sort()).toEqual(ids);
    expect(await dpoSearch('Ylva Zell')).toEqual([]);
  });

  it('by the applicant the pane found in the body, by her name and her personnummer in any spelling', async () => {
    const body =
      'Hej,\n\nSökande Maria Lindqvist, personnummer 000229-2399, kommer på intervju i morgon.\n\nMvh Ylva';
    const { verdict } = checkDraft(
      { subject: 'Ansökan', body, to: [], cc: [], bcc: [], attachments: [] },
      { today: { year: 2026, month: 12, day: 5 }, policy: DEFAULT_POLICY },
    );
    const message: FakeMessage = {
      ...fakeMessage('Ansökan', [{ name: 'CV.txt', bytes: CV }], { eml: EML, restId: 'AAMk-found' }),
      from: { emailAddress: 'ylva.quarnstrom@example.com', displayName: 'Ylva Quarnström' },
    };
    const run = setup(message, undefined, {
      findings: verdict.findings,
      now: () => new Date('2026-12-05T12:00:00Z'),
    });
    await archiveMessage(run.deps, { wholeMessage: true }, emit(run));
    const done = last(run);
    if (done.kind !== 'done') throw new Error('not done');
    const ids = done.stored.map((c) => c.fileId).sort();
    for (const q of ['Maria Lindqvist', 'Lindqvist', '000229-2399', '200002292399', '20000229-2399'])
      expect((await dpoSearch(q)).sort()).toEqual(expect.arrayContaining(ids));
    expect(await dpoSearch('Maria Zell')).toEqual([]);
    expect(await dpoSearch('570428-9999')).toEqual([]);
  });
});

describe('archiveMessage: every failure before verification deletes nothing', () => {
  const two = () =>
    fakeMessage('CV', [
      { name: 'cv.txt', bytes: CV },
      { name: 'brev.txt', bytes: LETTER },
    ]);
  let uploads = 0;
  const cases: ReadonlyArray<{
    readonly name: string;
    readonly message: () => FakeMessage;
    readonly hook?: Parameters<typeof intercept>[1];
    readonly deps?: Partial<ArchiveDeps>;
    readonly step: string;
    readonly problem: string;
  }> = [
    {
      name: 'Outlook refuses an attachment',
      message: () => {
        const m = two();
        m.refuse.add('att-1');
        return m;
      },
      step: 'reading',
      problem: 'not-readable',
    },
    {
      name: 'nothing to store (no attachments, no EML)',
      message: () => fakeMessage('Hej', []),
      step: 'reading',
      problem: 'nothing-to-store',
    },
    {
      name: 'the vault is down',
      message: two,
      hook: () => Promise.reject(new VaultNetworkError('connection refused')),
      step: 'uploading',
      problem: 'vault-unreachable',
    },
    {
      name: 'the vault answers 503 every time',
      message: two,
      hook: (request, next) =>
        request.method === 'POST' ? Promise.resolve({ status: 503, json: undefined }) : next(request),
      step: 'uploading',
      problem: 'vault-unreachable',
    },
    {
      name: 'the retention class is not configured on the vault',
      message: two,
      deps: { retentionClass: 'no-such-class' },
      step: 'uploading',
      problem: 'vault-refused',
    },
    {
      name: 'the vault cannot be reached to sign in',
      message: two,
      step: 'uploading',
      problem: 'vault-unreachable',
    },
    {
      name: 'sign-in to the vault fails',
      message: two,
      step: 'uploading',
      problem: 'sign-in',
    },
    {
      name: "the upload's answer carries a different SHA-256",
      message: two,
      hook: async (request, next) => {
        const response = await next(request);
        if (request.method !== 'POST') return response;
        return { ...response, json: { ...(response.json as object), sha256: '0'.repeat(64) } };
      },
      step: 'verifying',
      problem: 'checksum',
    },
    {
      name: "the stored file's metadata shows another size",
      message: two,
      hook: async (request, next) => {
        const response = await next(request);
        if (request.method !== 'GET') return response;
        return { ...response, json: { ...(response.json as object), size: 1 } };
      },
      step: 'verifying',
      problem: 'checksum',
    },
    {
      name: 'the second upload fails after the first was verified',
      message: two,
      hook: (request, next) => {
        if (request.method === 'POST' && ++uploads >= 2)
          return Promise.reject(new VaultNetworkError('connection reset'));
        return next(request);
      },
      step: 'uploading',
      problem: 'vault-unreachable',
    },
  ];

  it.each(cases)('$name → failed at $step ($problem)', async (c) => {
    uploads = 0;
    const run = setup(c.message(), c.hook, c.deps);
    const signIn = c.name.startsWith('sign-in')
      ? new SignInError('failed', 'no')
      : c.name.startsWith('the vault cannot be reached to sign in')
        ? new SignInError('unreachable', 'no route to host')
        : undefined;
    const deps: ArchiveDeps =
      signIn !== undefined
        ? {
            ...run.deps,
            vault: createVaultClient({
              baseUrl: vault.url,
              tokens: { kind: 'dev', getToken: () => Promise.reject(signIn) },
              transport: nodeTransport,
              sleep: noSleep,
            }),
          }
        : run.deps;
    await archiveMessage(deps, { wholeMessage: false }, emit(run));
    expect(last(run)).toEqual({
      kind: 'failed',
      step: c.step,
      problem: c.problem,
      deleted: false,
      stored: [],
      attachmentsOnly: false,
      peopleLeftOut: 0,
    });
    expect(run.timeline.some((t) => t.startsWith('graph'))).toBe(false);
    if (c.name.startsWith('the second upload')) expect(run.uploaded).toHaveLength(1);
    // Copies of a half-done archive are erased (best effort, after the answer): none of them stays readable.
    for (const id of run.uploaded) {
      let status = 200;
      for (let tries = 0; tries < 50 && status === 200; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        status = (await metadata(id)).status;
      }
      expect(status).toBe(404);
    }
  });
});

describe('archiveMessage: the delete step', () => {
  it('keeps the verified copies and names the step when Graph refuses; "Try again" only moves', async () => {
    const run = setup(fakeMessage('CV', [{ name: 'cv.txt', bytes: CV }]));
    run.graph.failWith = new GraphHttpError(403, 'ErrorAccessDenied');
    await archiveMessage(run.deps, { wholeMessage: false }, emit(run));
    const failed = last(run);
    expect(failed).toMatchObject({
      kind: 'failed',
      step: 'deleting',
      problem: 'graph-refused',
      deleted: false,
    });
    if (failed.kind !== 'failed') throw new Error('not failed');
    expect(failed.stored).toHaveLength(1);
    delete run.graph.failWith;
    const before = run.timeline.length;
    await deleteArchived(run.deps, failed, emit(run));
    expect(last(run)).toMatchObject({ kind: 'done', outcome: 'deleted' });
    expect(run.timeline.slice(before)).toEqual(['graph move AAMkRest-1_2=']);
  });

  it('counts the people the copies could not name, and says it again after a retried delete', async () => {
    const today = { year: 2026, month: 12, day: 5 };
    const { verdict } = checkDraft(
      { subject: 'Deltagare', body: participantList(), to: [], cc: [], bcc: [], attachments: [] },
      { today, policy: DEFAULT_POLICY },
    );
    const found = peopleInFindings(verdict.findings, today);
    const message: FakeMessage = {
      ...fakeMessage('Deltagare', [{ name: 'deltagare.txt', bytes: LETTER }], { restId: 'AAMk-course' }),
      from: { emailAddress: 'kurs@example.com', displayName: 'Kursadministrationen' },
    };
    const run = setup(message, undefined, {
      findings: verdict.findings,
      now: () => new Date('2026-12-05T12:00:00Z'),
    });
    run.graph.failWith = new GraphHttpError(403, 'ErrorAccessDenied');
    await archiveMessage(run.deps, { wholeMessage: false }, emit(run));
    // The sender and the people found; the vault names 100 of them, the last in message order left out.
    const leftOut = 1 + found.length - 100;
    expect(leftOut).toBeGreaterThan(0);
    const failed = last(run);
    expect(failed).toMatchObject({ kind: 'failed', step: 'deleting', peopleLeftOut: leftOut });
    if (failed.kind !== 'failed') throw new Error('not failed');
    delete run.graph.failWith;
    await deleteArchived(run.deps, failed, emit(run));
    expect(last(run)).toMatchObject({ kind: 'done', outcome: 'deleted', peopleLeftOut: leftOut });
  });

  it('reports on a retried delete that only the attachments could be stored, as the first attempt did', async () => {
    const run = setup(fakeMessage('CV', [{ name: 'cv.txt', bytes: CV }]));
    run.graph.failWith = new GraphNetworkError('offline');
    await archiveMessage(run.deps, { wholeMessage: true }, emit(run));
    const failed = last(run);
    expect(failed).toMatchObject({ kind: 'failed', step: 'deleting', attachmentsOnly: true });
    if (failed.kind !== 'failed') throw new Error('not failed');
    delete run.graph.failWith;
    await deleteArchived(run.deps, failed, emit(run));
    expect(last(run)).toEqual({
      kind: 'done',
      outcome: 'deleted',
      stored: failed.stored,
      attachmentsOnly: true,
      peopleLeftOut: 0,
    });
  });

  it.each([
    ['Graph cannot be reached', new GraphNetworkError('offline'), 'graph-unreachable'],
    ['Graph sign-in fails', new SignInError('unsupported', 'no NAA'), 'sign-in'],
  ])('%s → failed at deleting, copies kept', async (_name, error, problem) => {
    const run = setup(fakeMessage('CV', [{ name: 'cv.txt', bytes: CV }]));
    run.graph.failWith = error;
    await archiveMessage(run.deps, { wholeMessage: false }, emit(run));
    expect(last(run)).toMatchObject({ kind: 'failed', step: 'deleting', problem, deleted: false });
  });

  it('does not move when Outlook cannot give the REST id', async () => {
    const run = setup(fakeMessage('CV', [{ name: 'cv.txt', bytes: CV }], { restId: null }));
    await archiveMessage(run.deps, { wholeMessage: false }, emit(run));
    expect(last(run)).toMatchObject({ kind: 'failed', step: 'deleting', problem: 'no-rest-id' });
    expect(run.timeline.some((t) => t.startsWith('graph'))).toBe(false);
  });

  it('stops before the move when cancelled', async () => {
    const run = setup(fakeMessage('CV', [{ name: 'cv.txt', bytes: CV }]));
    const abort = new AbortController();
    abort.abort();
    await archiveMessage(run.deps, { wholeMessage: false }, emit(run), abort.signal);
    expect(last(run)).toMatchObject({ kind: 'failed', problem: 'cancelled', deleted: false });
    expect(run.timeline.some((t) => t.startsWith('graph'))).toBe(false);
  });
});
