/** @jest-environment ./test/taskpane/jsdom-with-encoding.js */
import '@testing-library/jest-dom';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { createMailbox, readSession } from '../../src/addin';
import { DEFAULT_POLICY } from '../../src/core/policy';
import { App } from '../../src/taskpane/App';
import { createInlineScanner } from '../../src/taskpane/scan/scanner';
import { ComposeStore } from '../../src/simulator/office/compose-store';
import { createFakeOffice } from '../../src/simulator/office/fake-office';
import './patient-waits';

function setup() {
  const store = new ComposeStore('en-US');
  const mailbox = createMailbox(createFakeOffice(store));
  render(
    <App
      services={{
        mailbox,
        scanner: createInlineScanner(),
        loadPolicy: async () => ({ policy: DEFAULT_POLICY, errors: [] }),
        today: () => ({ year: 2026, month: 11, day: 25 }),
        pollIntervalMs: 50,
        debounceMs: 10,
      }}
      theme={webLightTheme}
    />,
  );
  return { store, mailbox };
}

describe('the informed override ("send anyway")', () => {
  it('is offered for sensitive data, confirmed in a second step with a reason, recorded for the on-send check and can be withdrawn', async () => {
    const { store, mailbox } = setup();
    store.setBody('<p>Personnummer 850709-9805</p>', 'Personnummer 850709-9805');
    const user = userEvent.setup();
    const open = await screen.findByRole('button', { name: /I have a reason/ });

    await user.click(open);
    const question = await screen.findByRole('region', { name: 'Send anyway' });
    expect(question).toHaveTextContent(/lawful reason to send exactly what is shown/);
    expect(screen.getByRole('heading', { name: 'Send anyway' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Send as it is' }));
    expect(screen.getByText('Choose a reason, or type one.')).toBeInTheDocument();
    expect((await readSession(mailbox)).override).toBeUndefined();
    await user.click(screen.getByRole('radio', { name: 'The recipient is entitled to it' }));
    await user.click(screen.getByRole('button', { name: 'Send as it is' }));

    expect(await screen.findByText(/Your decision is recorded/)).toBeInTheDocument();
    expect(screen.getByText('You decided to send it as it is')).toBeInTheDocument();
    await waitFor(async () => {
      const session = await readSession(mailbox);
      expect(session.override).toMatchObject({ verdict: 'block', keys: [expect.any(String)] });
    });

    await user.click(screen.getByRole('button', { name: 'Withdraw the decision' }));
    await waitFor(async () => expect((await readSession(mailbox)).override).toBeUndefined());
    expect(screen.getByRole('button', { name: /I have a reason/ })).toBeInTheDocument();
  });

  it('can be called off at the second step without recording anything', async () => {
    const { store, mailbox } = setup();
    store.setBody('<p>Personnummer 850709-9805</p>', 'Personnummer 850709-9805');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /I have a reason/ }));
    await user.click(screen.getByRole('button', { name: 'Go back' }));
    expect(screen.getByRole('button', { name: /I have a reason/ })).toBeInTheDocument();
    expect((await readSession(mailbox)).override).toBeUndefined();
  });

  it('is not offered when nothing needs to be fixed', async () => {
    const { store } = setup();
    store.setBody('<p>Shall we meet at noon?</p>', 'Shall we meet at noon?');
    await waitFor(() => expect(screen.getByText('Nothing to worry about')).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: /I have a reason/ })).not.toBeInTheDocument();
  });
});
