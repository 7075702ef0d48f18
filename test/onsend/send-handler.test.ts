/**
 * The send and pre-scan handlers with the real core, on the TypeScript sources: session data (dismissals,
 * informed override, cached scans), the time budget, and failures — each answered exactly once.
 */
import { hashText, type FindingSummary, type HostEvent, type SessionState } from '../../src/addin';
import { analyzeDraft } from '../../src/core/draft';
import { DEFAULT_POLICY, decide } from '../../src/core/policy';
import { createPrescanHandler } from '../../src/onsend/prescan-handler';
import { createSendHandler, type SendHandlerDeps } from '../../src/onsend/send-handler';
import { runtimeDeps, today } from '../../src/onsend/runtime';
import { fakeEvent, fakeOffice, toBase64, type FakeDraft, type FakeOffice } from '../addin/fake-office';
import { STAFF_LIST, TEST_PERSONNUMMER } from './ooxml-fixtures';

const PNR_BODY = `Hej, Annas personnummer är ${TEST_PERSONNUMMER[0]}.`;
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function deps(overrides: Partial<SendHandlerDeps> = {}): SendHandlerDeps {
  return { ...runtimeDeps(), ...overrides };
}

async function run(
  fake: FakeOffice,
  handlerDeps: SendHandlerDeps = deps(),
  create: typeof createSendHandler = createSendHandler,
): Promise<{ answer: unknown; calls: number }> {
  const { event, calls, answer } = fakeEvent();
  create(() => fake.office, handlerDeps)(event as HostEvent);
  const first = await answer;
  await new Promise((r) => setTimeout(r, 30));
  return { answer: first, calls: calls.length };
}

const session = (state: Partial<SessionState>): { mailguard: string } => ({
  mailguard: JSON.stringify({ version: 1, dismissed: [], moved: [], ...state }),
});

/** Keys the policy gives the findings of `body`, as the task pane would store them. */
function keysOf(body: string): string[] {
  const scan = analyzeDraft(
    { subject: '', body, to: [], cc: [], bcc: [], attachments: [] },
    { today: today(), policy: DEFAULT_POLICY },
  );
  return decide(scan, DEFAULT_POLICY).findings.map((f) => f.key);
}

describe('on-send with session data', () => {
  it('blocks personnummer in the body when nothing is recorded', async () => {
    const { answer, calls } = await run(fakeOffice({ body: PNR_BODY }));
    expect(answer).toMatchObject({ allowEvent: false });
    expect(calls).toBe(1);
  });

  it('respects a finding the user marked "not personal data"', async () => {
    const keys = keysOf(PNR_BODY);
    expect(keys.length).toBeGreaterThan(0);
    const { answer } = await run(fakeOffice({ body: PNR_BODY, session: session({ dismissed: keys }) }));
    expect(answer).toEqual({ allowEvent: true });
  });

  it('lets the mail go after an informed override recorded in the task pane', async () => {
    const override = {
      verdict: 'block' as const,
      keys: keysOf(PNR_BODY),
      notChecked: [],
      at: '2026-11-25T01:00:00Z',
    };
    const { answer } = await run(fakeOffice({ body: PNR_BODY, session: session({ override }) }));
    expect(answer).toEqual({ allowEvent: true });
  });

  it('uses the task pane’s cached result for a PDF it cannot read itself', async () => {
    const cached: FindingSummary = {
      key: 'pdf-1',
      type: 'se-personnummer',
      category: 'national-id',
      severity: 'sensitive',
      action: 'block',
      clause: 'P2',
      part: 'attachment',
      attachment: 'lista.pdf',
    };
    const scan = {
      hash: 'old',
      summary: { verdict: 'block' as const, findings: [cached], bulk: [], errors: [] },
      attachments: [
        { name: 'lista.pdf', hash: hashText(toBase64(PDF)), findings: [cached], bulk: [], errors: [] },
      ],
    };
    const draft: FakeDraft = {
      body: 'Se bifogad fil.',
      attachments: [{ name: 'lista.pdf', contentType: 'application/pdf', bytes: PDF }],
    };
    const withCache = await run(fakeOffice({ ...draft, session: session({ scan }) }));
    expect(withCache.answer).toMatchObject({
      allowEvent: false,
      errorMessage: expect.stringContaining('1 personnummer in lista.pdf'),
    });
    expect((withCache.answer as { sendModeOverride?: string }).sendModeOverride).toBeUndefined();

    const withoutCache = await run(fakeOffice(draft));
    expect(withoutCache.answer).toMatchObject({
      allowEvent: false,
      sendModeOverride: 'promptUser',
      errorMessage: expect.stringContaining('Not checked: lista.pdf'),
    });
  });

  it('pre-scans on AttachmentsChanged, caches without values, and the send check reuses it', async () => {
    const draft: FakeDraft = {
      body: 'Hej',
      attachments: [{ name: 'Personallista.xlsx', contentType: XLSX, bytes: STAFF_LIST() }],
    };
    const fake = fakeOffice(draft);
    const prescan = await run(fake, deps(), createPrescanHandler);
    expect(prescan).toEqual({ answer: undefined, calls: 1 });
    const stored = fake.session.get('mailguard') as string;
    expect(stored).toContain('Personallista.xlsx');
    for (const value of TEST_PERSONNUMMER) expect(stored).not.toContain(value);

    const extract = jest.fn(runtimeDeps().extract);
    const again = fakeOffice({ ...draft, session: { mailguard: stored } });
    const { answer } = await run(again, deps({ extract }));
    expect(answer).toMatchObject({
      allowEvent: false,
      errorMessage: expect.stringContaining('3 personnummer in Personallista.xlsx'),
    });
    expect(extract).not.toHaveBeenCalled();
  });
});

describe('on-send failure paths', () => {
  it('reads attachments one at a time', async () => {
    const fake = fakeOffice({
      body: 'Hej',
      attachments: [1, 2, 3].map((i) => ({ name: `f${i}.txt`, bytes: new TextEncoder().encode(`fil ${i}`) })),
    });
    await run(fake);
    expect(fake.maxConcurrentReads()).toBe(1);
  });

  it('decides on what was read when the budget runs out, naming what was not, and clears its timer', async () => {
    const fake = fakeOffice({ body: 'Hej', attachments: [{ name: 'stor.docx', bytes: new Uint8Array(10) }] });
    const item = fake.office.context.mailbox.item as { getAttachmentContentAsync: unknown };
    item.getAttachmentContentAsync = () => undefined; // Outlook never answers
    const timers = new Set<unknown>();
    const handlerDeps = deps({
      budgetMs: 40,
      setTimeout: (cb, ms) => {
        const handle = setTimeout(() => (timers.delete(handle), cb()), ms);
        timers.add(handle);
        return handle;
      },
      clearTimeout: (handle) => (
        timers.delete(handle),
        clearTimeout(handle as ReturnType<typeof setTimeout>)
      ),
    });
    const { answer, calls } = await run(fake, handlerDeps);
    expect(answer).toMatchObject({
      allowEvent: false,
      sendModeOverride: 'promptUser',
      errorMessage: expect.stringContaining('stor.docx'),
    });
    expect(calls).toBe(1);
    expect(timers.size).toBe(0);
  });

  it('prompts (never allows silently, never hard-blocks) when the core throws', async () => {
    const broken = deps({
      core: {
        analyze: () => {
          throw new Error('boom');
        },
        decide,
      },
    });
    const { answer, calls } = await run(fakeOffice({ body: PNR_BODY }), broken);
    expect(answer).toMatchObject({
      allowEvent: false,
      sendModeOverride: 'promptUser',
      errorMessage: expect.stringContaining('could not check'),
    });
    expect(calls).toBe(1);
  });

  it('prompts when there is no item to read', async () => {
    const fake = fakeOffice({});
    (fake.office.context.mailbox as { item: unknown }).item = null;
    const { answer, calls } = await run(fake);
    expect(answer).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
    expect(calls).toBe(1);
  });
});
