/**
 * The built on-send bundle, run as classic Outlook runs it: one ES2016 file in a context without DOM or
 * Web APIs. Drives drafts through the associated handler and checks the single answer of each.
 */
import { parse } from 'acorn';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { SendCompletedOptions } from '../../src/addin';
import { fakeEvent, fakeOffice, type FakeDraft } from '../addin/fake-office';
import { ensureBundle, loadBundle, ROOT } from './bundle-harness';
import {
  CUSTOMER_LIST,
  ENCRYPTED_DOCX,
  HEALTH_NOTES,
  STAFF_LIST,
  TELEMETRY,
  TEST_PERSONNUMMER,
} from './ooxml-fixtures';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CLEAN_BODY =
  'Hej!\n\nHär kommer veckans mätdata från testriggen. Hör av dig om något ser konstigt ut.\n\nVänliga hälsningar\nPer';

/** The extraction fixtures (test/fixtures/attachments, named for what they expect). */
const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(ROOT, 'test/fixtures/attachments', name)));

let source = '';
beforeAll(() => {
  source = ensureBundle();
}, 120000);

/** Sends `draft` through the bundle's OnMessageSend handler; returns the one answer. */
async function send(
  draft: FakeDraft,
): Promise<{ answer: SendCompletedOptions | undefined; calls: number; pendingTimers: number }> {
  const fake = fakeOffice(draft);
  const bundle = loadBundle(source, fake);
  try {
    const { event, calls, answer } = fakeEvent();
    bundle.handler('onMessageSendHandler')(event);
    const first = await answer;
    // Let anything still queued run: a second completed() or a stray timer would show up now.
    await new Promise((r) => setTimeout(r, 50));
    return { answer: first, calls: calls.length, pendingTimers: bundle.pendingTimers() };
  } finally {
    bundle.dispose();
  }
}

describe('dist/onsend.js', () => {
  it('is ES2016 syntax (acorn, ecmaVersion 2016)', () => {
    expect(() => parse(source, { ecmaVersion: 2016, sourceType: 'script' })).not.toThrow();
  });

  it('fits the 100 KB (minified + gzip) budget', () => {
    expect(gzipSync(source, { level: 9 }).length).toBeLessThanOrEqual(100 * 1024);
  });

  it('leaves pdf.js, the .msg reader, the MIME parser and libphonenumber out (docs/adr/0054)', () => {
    const markers = [
      // pdf.js
      'GlobalWorkerOptions',
      'PDFWorker',
      // msgreader
      '__nameid_version1.0',
      // postal-mime
      'FileReader',
      'maxNestingDepth',
      'Unknown attachment encoding',
      // libphonenumber-js
      'INVALID_COUNTRY',
    ];
    for (const marker of markers) expect(source).not.toContain(marker);
  });

  it('runs without DOM or Web APIs and associates the send handler at top level', () => {
    const fake = fakeOffice({});
    const bundle = loadBundle(source, fake);
    expect(bundle.globals).not.toEqual(expect.arrayContaining(['window']));
    for (const name of ['window', 'document', 'TextDecoder', 'atob', 'btoa', 'fetch', 'URL', 'globalThis']) {
      expect(bundle.globals).not.toContain(name);
    }
    expect([...fake.associated.keys()]).toContain('onMessageSendHandler');
  });

  const blocked = (answer: SendCompletedOptions | undefined): void => {
    expect(answer).toMatchObject({
      allowEvent: false,
      cancelLabel: 'Review and fix',
      commandId: 'msgComposeOpenPaneButton',
    });
    expect(answer && answer.sendModeOverride).toBeUndefined();
  };

  it.each<[string, FakeDraft, (answer: SendCompletedOptions | undefined) => void]>([
    [
      'a clean draft is allowed silently',
      { subject: 'Mätdata v12', body: CLEAN_BODY, to: ['kollega@vinnter.se'] },
      (a) => expect(a).toEqual({ allowEvent: true }),
    ],
    [
      'clean telemetry xlsx is allowed',
      {
        subject: 'Telemetri',
        body: CLEAN_BODY,
        attachments: [{ name: 'telemetri.xlsx', contentType: XLSX, bytes: TELEMETRY() }],
      },
      (a) => expect(a).toEqual({ allowEvent: true }),
    ],
    [
      'personnummer in the body is blocked, naming the body and P2',
      {
        subject: 'Ny anställd',
        body: `Hej, Annas personnummer är ${TEST_PERSONNUMMER[0]}. Kan du lägga upp henne i lönesystemet?`,
      },
      (a) => {
        blocked(a);
        expect(a && a.errorMessage).toMatch(/personnummer in the body/);
        expect(a && a.errorMessage).toMatch(/P2/);
        expect(a && a.errorMessage).not.toContain(TEST_PERSONNUMMER[0]);
        expect(a && a.contextData).not.toContain(TEST_PERSONNUMMER[0]);
      },
    ],
    [
      'health information in the body is blocked',
      {
        subject: 'Erik',
        body: 'Hej! Erik är sjukskriven resten av månaden på grund av utmattningssyndrom, läkarintyget kom i dag.',
      },
      (a) => {
        blocked(a);
        expect(a && a.errorMessage).toMatch(/health information in the body/);
      },
    ],
    [
      'a staff list xlsx with personnummer is blocked, naming the file',
      {
        subject: 'Personallista',
        body: CLEAN_BODY,
        attachments: [{ name: 'Personallista.xlsx', contentType: XLSX, bytes: STAFF_LIST() }],
      },
      (a) => {
        blocked(a);
        expect(a && a.errorMessage).toMatch(/3 personnummer in Personallista\.xlsx/);
        expect(a && a.errorMessageMarkdown).toMatch(/\*\*Personallista\.xlsx\*\*/);
      },
    ],
    [
      'health notes docx are blocked',
      {
        subject: 'Anteckningar',
        body: CLEAN_BODY,
        attachments: [{ name: 'Rehabmöte.docx', contentType: DOCX, bytes: HEALTH_NOTES() }],
      },
      (a) => {
        blocked(a);
        expect(a && a.errorMessage).toMatch(/health information in Rehabmöte\.docx/);
      },
    ],
    [
      'a body that cannot be read is named, with Send anyway',
      { subject: 'Hej', bodyFails: 'The operation failed' },
      (a) => {
        expect(a).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
        expect(a && a.errorMessage).toMatch(/Not checked: the body/);
      },
    ],
    [
      'an attachment that cannot be read is named, with Send anyway',
      {
        subject: 'Rapport',
        body: CLEAN_BODY,
        attachments: [{ name: 'rapport.docx', contentType: DOCX, fail: 'Internal error' }],
      },
      (a) => {
        expect(a).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
        expect(a && a.errorMessage).toMatch(/Not checked: rapport\.docx/);
      },
    ],
    [
      'a PDF with no cached scan is named as not checked, with Send anyway',
      {
        subject: 'Offert',
        body: CLEAN_BODY,
        attachments: [
          {
            name: 'offert.pdf',
            contentType: 'application/pdf',
            bytes: new TextEncoder().encode('%PDF-1.4\n%%EOF'),
          },
        ],
      },
      (a) => {
        expect(a).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
        expect(a && a.errorMessage).toMatch(/offert\.pdf/);
      },
    ],
    [
      'an attached message (read in the task pane only) is named as not checked, with Send anyway',
      {
        subject: 'Vidarebefordrat',
        body: CLEAN_BODY,
        attachments: [
          {
            name: 'tråden.eml',
            contentType: 'message/rfc822',
            bytes: new TextEncoder().encode('From: a@example.com\r\nSubject: Hej\r\n\r\nHej!\r\n'),
          },
        ],
      },
      (a) => {
        expect(a).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
        expect(a && a.errorMessage).toMatch(/tråden\.eml/);
      },
    ],
    [
      'Swedish Outlook gets the alert in Swedish',
      {
        displayLanguage: 'sv-SE',
        subject: 'Ny anställd',
        body: `Annas personnummer är ${TEST_PERSONNUMMER[1]}.`,
      },
      (a) => {
        expect(a).toMatchObject({ allowEvent: false, cancelLabel: 'Visa och åtgärda' });
        expect(a && a.errorMessage).toMatch(/personnummer i meddelandet/);
      },
    ],
    [
      'a customer list (bulk personal data) is put to the user with Send anyway',
      { body: CLEAN_BODY, attachments: [{ name: 'Kunder.xlsx', contentType: XLSX, bytes: CUSTOMER_LIST() }] },
      (a) => {
        expect(a).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
        expect(a && a.errorMessage).toMatch(/list of people: [^.]*12 email addresses[^.]* in Kunder\.xlsx/);
      },
    ],
    [
      'the shared staff-list fixture is blocked',
      {
        body: CLEAN_BODY,
        attachments: [
          {
            name: 'staff-list.personnummer.xlsx',
            contentType: XLSX,
            bytes: fixture('staff-list.personnummer.xlsx'),
          },
        ],
      },
      (a) => {
        blocked(a);
        expect(a && a.errorMessage).toMatch(/personnummer in staff-list\.personnummer\.xlsx/);
      },
    ],
    [
      'the shared contract fixture (docx with a personnummer) is blocked',
      {
        body: CLEAN_BODY,
        attachments: [
          {
            name: 'contract.personnummer.docx',
            contentType: DOCX,
            bytes: fixture('contract.personnummer.docx'),
          },
        ],
      },
      blocked,
    ],
    [
      'the shared clean telemetry fixture is allowed',
      {
        body: CLEAN_BODY,
        attachments: [
          { name: 'telemetry.clean.xlsx', contentType: XLSX, bytes: fixture('telemetry.clean.xlsx') },
        ],
      },
      (a) => expect(a).toEqual({ allowEvent: true }),
    ],
    [
      'a password-protected docx is named as not checked, with Send anyway',
      {
        body: CLEAN_BODY,
        attachments: [{ name: 'Lönelista.docx', contentType: DOCX, bytes: ENCRYPTED_DOCX() }],
      },
      (a) => {
        expect(a).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
        expect(a && a.errorMessage).toMatch(/Not checked: Lönelista\.docx/);
      },
    ],
  ])('%s', async (_name, draft, check) => {
    const result = await send(draft);
    check(result.answer);
    expect(result.calls).toBe(1);
    expect(result.pendingTimers).toBe(0);
  });
});
