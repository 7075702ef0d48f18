/**
 * The task pane's banner and the on-send check reach the same verdict from the same draft: the pane's path
 * (its scanner, `decide`, `paneSendDecision`) against the real send handler on the same fake Outlook item.
 */
import { createMailbox, readDraft, type HostEvent, type SendCompletedOptions } from '../../src/addin';
import { DEFAULT_POLICY, decide } from '../../src/core/policy';
import type { Policy } from '../../src/core/policy/types';
import { createSendHandler } from '../../src/onsend/send-handler';
import { runtimeDeps, today } from '../../src/onsend/runtime';
import { bannerState, paneSendDecision } from '../../src/taskpane/components/banner';
import { createInlineScanner } from '../../src/taskpane/scan/scanner';
import { fakeEvent, fakeOffice, type FakeDraft } from '../addin/fake-office';
import { STAFF_LIST, TEST_PERSONNUMMER } from './ooxml-fixtures';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CONTACTS = Array.from({ length: 12 }, (_, i) => `Kund ${i},kund${i}@example.com,070-123 45 ${10 + i}`);

type Outcome = 'allow' | 'block' | 'prompt';

async function onSend(draft: FakeDraft, policy: Policy): Promise<Outcome> {
  const fake = fakeOffice({ ...draft, roaming: { mailguardPolicy: policy } });
  const { event, answer } = fakeEvent();
  createSendHandler(() => fake.office, { ...runtimeDeps(), defaultPolicy: policy })(event as HostEvent);
  const options = (await answer) as SendCompletedOptions;
  if (options.allowEvent) return 'allow';
  return options.sendModeOverride === 'promptUser' ? 'prompt' : 'block';
}

async function inPane(draft: FakeDraft, policy: Policy): Promise<Outcome> {
  const scanner = createInlineScanner();
  const mailbox = createMailbox(fakeOffice(draft).office);
  const read = await readDraft(mailbox, {
    now: () => performance.now(),
    budgetMs: 60_000,
    extract: scanner.extract,
  });
  const scan = await scanner.analyze(read.draft, policy, today());
  const verdict = decide({ findings: scan.findings, errors: read.problems.concat(scan.errors) }, policy);
  const decision = paneSendDecision(verdict, policy, undefined);
  const banner = bannerState(verdict, decision);
  // The banner's kind says the same as the decision.
  if (decision.kind === 'block') expect(banner.kind).toBe('block');
  if (decision.kind === 'prompt') expect(banner.kind).toBe('prompt');
  return decision.kind;
}

const cases: [string, FakeDraft, Outcome, Outcome][] = [
  ['a clean draft', { body: 'Hej! Ses vi på fredag?' }, 'allow', 'allow'],
  [
    'a personnummer in the body',
    { body: `Annas personnummer är ${TEST_PERSONNUMMER[0]}.` },
    'block',
    'block',
  ],
  [
    'a staff list',
    {
      body: 'Listan bifogad.',
      attachments: [{ name: 'personal.xlsx', contentType: XLSX, bytes: STAFF_LIST() }],
    },
    'block',
    'block',
  ],
  [
    'a list of customers',
    {
      body: 'Kontaktlistan.',
      attachments: [
        {
          name: 'Kunder.csv',
          contentType: 'text/csv',
          bytes: new TextEncoder().encode(CONTACTS.join('\n')),
        },
      ],
    },
    'prompt',
    'prompt',
  ],
  [
    'a password-protected file',
    {
      body: 'Se bilagan.',
      attachments: [
        {
          name: 'hemlig.zip',
          contentType: 'application/zip',
          bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 0, 1, 0]),
        },
      ],
    },
    'prompt',
    'block',
  ],
];

describe('pane and on-send agree', () => {
  it.each(cases)('on %s', async (_name, draft, expected) => {
    expect(await onSend(draft, DEFAULT_POLICY)).toBe(expected);
    expect(await inPane(draft, DEFAULT_POLICY)).toBe(expected);
  });

  it.each(cases)('on %s with unread parts blocked by the policy', async (_name, draft, _lax, expected) => {
    const strict: Policy = { ...DEFAULT_POLICY, unchecked: 'block' };
    expect(await onSend(draft, strict)).toBe(expected);
    expect(await inPane(draft, strict)).toBe(expected);
  });
});
