/** @jest-environment ./test/taskpane/jsdom-with-encoding.js */
import '@testing-library/jest-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { createMailbox, readSession } from '../../src/addin';
import { DEFAULT_POLICY } from '../../src/core/policy';
import { App } from '../../src/taskpane/App';
import { createInlineScanner } from '../../src/taskpane/scan/scanner';
import type { TaskpaneServices } from '../../src/taskpane/services';
import { ComposeStore, type SimLanguage } from '../../src/simulator/office/compose-store';
import { createFakeOffice } from '../../src/simulator/office/fake-office';

/** The task pane on the simulator's fake Office (injected, no globals), scanning inline. */
function setup(language: SimLanguage = 'en-US', contextData?: string) {
  const store = new ComposeStore(language);
  const office = createFakeOffice(store);
  office.setInitializationContext(contextData);
  const mailbox = createMailbox(office);
  const services: TaskpaneServices = {
    mailbox,
    scanner: createInlineScanner(),
    loadPolicy: async () => ({ policy: DEFAULT_POLICY, errors: [] }),
    today: () => ({ year: 2026, month: 11, day: 25 }),
    pollIntervalMs: 50,
    debounceMs: 10,
  };
  render(<App services={services} theme={webLightTheme} />);
  return { store, mailbox };
}

const verdictTitle = async (title: string) =>
  waitFor(() => expect(within(screen.getByRole('status')).getByText(title)).toBeInTheDocument(), {
    timeout: 5000,
  });

describe('task pane on a compose item', () => {
  it('says there is nothing to worry about for a clean draft', async () => {
    const { store } = setup();
    store.setSubject('Lunch on Friday?');
    store.setBody('<p>Shall we meet at noon?</p>', 'Shall we meet at noon?');
    await verdictTitle('Nothing to worry about');
  });

  it('re-scans when the body changes and explains the finding', async () => {
    const { store } = setup();
    await verdictTitle('Nothing to worry about');
    store.setBody('<p>Hej, personnummer 850709-9805.</p>', 'Hej, personnummer 850709-9805.');
    await verdictTitle('Sensitive data — must fix');
    expect(screen.getByText('850709-****')).toBeInTheDocument();
    expect(screen.getByText('The Luhn check passes.')).toBeInTheDocument();
  });

  it('re-scans when an attachment is added', async () => {
    const { store } = setup();
    await verdictTitle('Nothing to worry about');
    const csv = 'Namn;Personnummer\nAnna Andersson;850709-9805\n';
    store.addAttachment('lista.csv', 'text/csv', csv.length, Buffer.from(csv, 'utf8').toString('base64'));
    await verdictTitle('Sensitive data — must fix');
    expect(screen.getAllByText('Attachment lista.csv').length).toBeGreaterThan(0);
  });

  it('remembers "not personal data" in session data for the on-send check', async () => {
    const { store, mailbox } = setup();
    store.setBody('<p>Personnummer 850709-9805</p>', 'Personnummer 850709-9805');
    await verdictTitle('Sensitive data — must fix');
    await userEvent.click(screen.getByRole('button', { name: /as not personal data/ }));
    await verdictTitle('Nothing to worry about');
    await waitFor(async () => expect((await readSession(mailbox)).dismissed).toHaveLength(1));
    expect(screen.getByText('1 finding marked as not personal data.')).toBeInTheDocument();
    await waitFor(async () => expect((await readSession(mailbox)).scan?.summary.verdict).toBe('allow'));
  });

  it('speaks Swedish when Office does, and says why it opened after a stopped send', async () => {
    const { store } = setup(
      'sv-SE',
      JSON.stringify({
        source: 'mailguard-onsend',
        version: 1,
        decision: 'block',
        items: [],
        notChecked: [],
      }),
    );
    store.setBody('<p>Hej</p>', 'Hej');
    await verdictTitle('Inget att oroa sig för');
    expect(
      screen.getByText('Mejlet skickades inte. Åtgärda fynden nedan och skicka sedan igen.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Läs e-postpolicyn' })).toBeInTheDocument();
  });
});
