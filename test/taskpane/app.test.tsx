/** @jest-environment ./test/taskpane/jsdom-with-encoding.js */
import '@testing-library/jest-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { createMailbox, readSession } from '../../src/addin';
import type { DecisionDraft, DecisionLog } from '../../src/addin/vault';
import { DEFAULT_POLICY } from '../../src/core/policy';
import { App } from '../../src/taskpane/App';
import { createInlineScanner } from '../../src/taskpane/scan/scanner';
import type { TaskpaneServices } from '../../src/taskpane/services';
import { ComposeStore, type SimLanguage } from '../../src/simulator/office/compose-store';
import { createFakeOffice } from '../../src/simulator/office/fake-office';
import './patient-waits';

/** A decision log that keeps what it is given (the vault round trip is tested in test/e2e). */
function keepingLog(): DecisionLog & { readonly recorded: DecisionDraft[] } {
  const recorded: DecisionDraft[] = [];
  return {
    recorded,
    recordDecision: async (d) => (recorded.push(d), 'sent'),
    flush: async () => 0,
    pending: () => 0,
  };
}

/** The task pane on the simulator's fake Office (injected, no globals), scanning inline. */
function setup(language: SimLanguage = 'en-US', contextData?: string) {
  const store = new ComposeStore(language);
  const office = createFakeOffice(store);
  office.setInitializationContext(contextData);
  const mailbox = createMailbox(office);
  const decisionLog = keepingLog();
  const services: TaskpaneServices = {
    mailbox,
    host: office,
    scanner: createInlineScanner(),
    loadPolicy: async () => ({ policy: DEFAULT_POLICY, errors: [] }),
    today: () => ({ year: 2026, month: 11, day: 25 }),
    decisionLog,
    pollIntervalMs: 50,
    debounceMs: 10,
  };
  render(<App services={services} theme={webLightTheme} />);
  return { store, mailbox, recorded: decisionLog.recorded };
}

const verdictTitle = async (title: string) =>
  waitFor(() =>
    expect(within(screen.getByRole('region', { name: 'Mail Guard' })).getByText(title)).toBeInTheDocument(),
  );

const PNR = 'Hej, personnummer 850709-9805.';

describe('task pane on a compose item', () => {
  it('is quiet for a clean draft that greets a colleague: green, no findings, no move', async () => {
    const { store } = setup();
    store.setSubject('Lunch on Friday?');
    store.setBody('<p>Hi Anna, shall we meet at noon?</p>', 'Hi Anna, shall we meet at noon?');
    await verdictTitle('Nothing to worry about');
    expect(screen.queryByRole('list', { name: /finding/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Move/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Not personal data/ })).not.toBeInTheDocument();
  });

  it('shows one line per category with where it is, and the explanation behind Details', async () => {
    const { store } = setup();
    await verdictTitle('Nothing to worry about');
    store.setBody(`<p>Hej</p><p>${PNR}</p>`, `Hej\n${PNR}`);
    await verdictTitle('Sensitive data — must fix');
    expect(screen.getByText('1 personnummer')).toBeInTheDocument();
    expect(screen.getByText(/in the body, line 2/)).toBeInTheDocument();
    expect(screen.queryByText('850709-****')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Details: 1 personnummer' }));
    expect(screen.getByText('850709-****')).toBeInTheDocument();
    expect(screen.getByText('The Luhn check passes.')).toBeInTheDocument();
  });

  it('counts a list in an attachment on one line and offers the move there', async () => {
    const { store } = setup();
    await verdictTitle('Nothing to worry about');
    const rows = ['850709-9805', '811218-9876', '900101-0008'].map((p, i) => `Person ${i};${p}`);
    const csv = `Namn;Personnummer\n${rows.join('\n')}\n`;
    store.addAttachment('lista.csv', 'text/csv', csv.length, Buffer.from(csv, 'utf8').toString('base64'));
    await verdictTitle('Sensitive data — must fix');
    expect(screen.getByText(/in lista\.csv/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Move to the secure server' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Mask/ })).not.toBeInTheDocument();
  });

  it('masks a number in the body, with Undo, and focus on the result', async () => {
    const { store } = setup();
    store.setBody(`<p>${PNR}</p>`, PNR);
    await verdictTitle('Sensitive data — must fix');
    await userEvent.click(screen.getByRole('button', { name: 'Mask 1 personnummer in the message' }));
    const result = await screen.findByText('1 value masked in the message.');
    expect(store.bodyHtml).toContain('850709-****');
    expect(store.bodyHtml).not.toContain('9805');
    await waitFor(() => expect(result.closest('[tabindex="-1"]')).toHaveFocus());
    await verdictTitle('Nothing to worry about');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('The message is as it was.');
    expect(store.bodyHtml).toContain('850709-9805');
  });

  it('takes a confirmed reason to wave sensitive data away, and records it without the value', async () => {
    const { store, mailbox, recorded } = setup();
    store.setBody(`<p>${PNR}</p>`, PNR);
    await verdictTitle('Sensitive data — must fix');
    await userEvent.click(screen.getByRole('button', { name: 'Mark 1 personnummer as not personal data' }));
    expect(screen.getByRole('heading', { name: 'Not personal data?' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(screen.getByText('Choose a reason, or type one.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Another reason' }));
    await userEvent.type(screen.getByRole('textbox', { name: /Your reason/ }), 'Nummer 850709-9805');
    expect(screen.getByText('Leave numbers out of the reason.')).toBeInTheDocument();
    await userEvent.clear(screen.getByRole('textbox', { name: /Your reason/ }));
    await userEvent.type(screen.getByRole('textbox', { name: /Your reason/ }), 'Test data from the manual');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await verdictTitle('Nothing to worry about');
    await waitFor(async () => expect((await readSession(mailbox)).dismissed).toHaveLength(1));
    await waitFor(() => expect(recorded).toHaveLength(1));
    expect(recorded[0]).toMatchObject({
      decision: 'dismiss',
      category: 'national-id',
      type: 'se-personnummer',
      clause: 'P2',
      reason: 'other',
      reasonText: 'Test data from the manual',
      draftFingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(JSON.stringify(recorded)).not.toContain('9805');
  });

  it('dismisses personal data in one click, and records that too', async () => {
    const { store, recorded } = setup();
    store.setBody('<p>Ring Karin på 070-123 45 67</p>', 'Ring Karin på 070-123 45 67');
    await verdictTitle('Personal data — consider');
    await userEvent.click(screen.getByRole('button', { name: /as not personal data/ }));
    await verdictTitle('Nothing to worry about');
    await waitFor(() =>
      expect(recorded).toMatchObject([{ decision: 'dismiss', reason: 'not-personal-data' }]),
    );
    expect(screen.getByText('1 finding marked as not personal data.')).toBeInTheDocument();
  });

  it('after a stopped send speaks Swedish, shows one banner and focuses the first thing to fix', async () => {
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
    store.setBody(`<p>${PNR}</p>`, PNR);
    await verdictTitle('Känsliga uppgifter — måste åtgärdas');
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(screen.queryAllByRole('alert')).toHaveLength(0);
    expect(
      screen.getByText('Meddelandet skickades inte. Åtgärda det som står nedan och skicka sedan igen.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('1 personnummer').closest('[tabindex="-1"]')).toHaveFocus());
    expect(screen.getByText(/i meddelandet, rad 1/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Läs e-postpolicyn' })).toBeInTheDocument();
  });
});
