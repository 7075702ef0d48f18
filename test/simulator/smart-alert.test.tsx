/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { SendCompletedOptions } from '../../src/addin';
import { SmartAlert } from '../../src/simulator/components/SmartAlert';
import { simStrings } from '../../src/simulator/strings';

function show(options: SendCompletedOptions) {
  const calls: string[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <SmartAlert
        strings={simStrings('en-US')}
        options={options}
        onDontSend={() => calls.push('dont-send')}
        onTakeAction={() => calls.push('take-action')}
        onSendAnyway={() => calls.push('send-anyway')}
      />
    </FluentProvider>,
  );
  return calls;
}

const BLOCK: SendCompletedOptions = {
  allowEvent: false,
  errorMessage: 'Mail Guard stopped this message: 1 personnummer in the body.',
  cancelLabel: 'Review and fix',
  commandId: 'msgComposeOpenPaneButton',
};

describe('the simulated Smart Alerts dialog', () => {
  it('offers Don’t Send and the command button named by cancelLabel, but no Send Anyway on a block', async () => {
    const calls = show(BLOCK);
    const dialog = screen.getByRole('alertdialog', { name: 'Mail Guard' });
    expect(dialog).toHaveTextContent('1 personnummer in the body');
    expect(screen.queryByRole('button', { name: 'Send Anyway' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Review and fix' }));
    await userEvent.click(screen.getByRole('button', { name: 'Don’t Send' }));
    expect(calls).toEqual(['take-action', 'dont-send']);
  });

  it('offers Send Anyway under promptUser', async () => {
    const calls = show({ ...BLOCK, sendModeOverride: 'promptUser' });
    await userEvent.click(screen.getByRole('button', { name: 'Send Anyway' }));
    expect(calls).toEqual(['send-anyway']);
  });

  it('does not send when closed by its close button or Esc', async () => {
    const calls = show({ ...BLOCK, sendModeOverride: 'promptUser' });
    await userEvent.click(screen.getByRole('button', { name: 'Close (does not send)' }));
    await userEvent.keyboard('{Escape}');
    expect(calls).toEqual(['dont-send', 'dont-send']);
  });

  it('has only Don’t Send without a command id (cancelLabel alone changes nothing)', () => {
    show({ allowEvent: false, errorMessage: 'Stopped.', cancelLabel: 'Review and fix' });
    expect(screen.queryByRole('button', { name: 'Review and fix' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Don’t Send' })).toBeInTheDocument();
  });
});
