/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { RatedFinding } from '../../src/core/policy/types';
import { ActionBar } from '../../src/taskpane/components/ActionBar';
import { CategoryLine, type CategoryLineProps } from '../../src/taskpane/components/CategoryLine';
import { compactFindings, type CategoryLine as Line } from '../../src/taskpane/components/lines';
import { PolicyDialog } from '../../src/taskpane/components/PolicyDialog';
import { ScanErrors } from '../../src/taskpane/components/ScanErrors';
import { VerdictBanner } from '../../src/taskpane/components/VerdictBanner';
import { limitPerAttachment } from '../../src/taskpane/components/bulk';
import { stringsFor } from '../../src/taskpane/strings';
import { ratedFinding } from './findings';

const EN = stringsFor('en');
const SV = stringsFor('sv');
const renderFluent = (ui: ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

describe('VerdictBanner', () => {
  it.each([
    ['allow', 'Nothing to worry about'],
    ['warn', 'Personal data — consider'],
    ['block', 'Sensitive data — must fix'],
    ['prompt', 'Check before sending'],
    ['override', 'You decided to send it as it is'],
  ] as const)('announces the %s verdict as "%s"', (kind, title) => {
    renderFluent(
      <VerdictBanner strings={EN} banner={{ kind, notChecked: [] }} scanning={false} fromSend={false} />,
    );
    expect(within(screen.getByRole('status')).getByText(title)).toBeInTheDocument();
  });

  it('names the parts that were not fully checked', () => {
    renderFluent(
      <VerdictBanner
        strings={SV}
        banner={{
          kind: 'prompt',
          notChecked: [
            { kind: 'file', name: 'lön.zip' },
            { kind: 'part', part: 'body' },
          ],
        }}
        scanning={false}
        fromSend
      />,
    );
    expect(screen.getByText('Kunde inte kontrolleras helt: lön.zip och i meddelandet.')).toBeInTheDocument();
    expect(screen.getByText(SV.banner.fromSend)).toBeInTheDocument();
  });

  it('shows progress before the first scan', () => {
    renderFluent(<VerdictBanner strings={SV} banner={undefined} scanning fromSend={false} />);
    expect(within(screen.getByRole('status')).getByText(SV.scanning)).toBeInTheDocument();
  });

  it('shows a rescan in place of the banner icon, adding no row that would move the buttons below', () => {
    const banner = { kind: 'warn', notChecked: [] } as const;
    const { container, rerender } = renderFluent(
      <VerdictBanner strings={EN} banner={banner} scanning={false} fromSend={false} />,
    );
    const icon = () => container.querySelector('.fui-MessageBar__icon');
    const section = container.querySelector('section');
    const children = section?.children.length;
    expect(icon()?.querySelector('.fui-Spinner')).toBeNull();
    expect(screen.getByRole('status')).toHaveAttribute('aria-busy', 'false');
    rerender(
      <FluentProvider theme={webLightTheme}>
        <VerdictBanner strings={EN} banner={banner} scanning fromSend={false} />
      </FluentProvider>,
    );
    expect(icon()?.querySelector('.fui-Spinner')).not.toBeNull();
    expect(screen.getByRole('status')).toHaveAttribute('aria-busy', 'true');
    expect(section?.children.length).toBe(children);
    expect(screen.getByText('Personal data — consider')).toBeInTheDocument();
  });
});

describe('CategoryLine', () => {
  const inFile = (i: number) =>
    ratedFinding({
      key: `k${i}`,
      where: { part: 'attachment', attachment: 'Personallista.xlsx', start: i, end: i + 1 },
    });
  const phone = ratedFinding({
    key: 'phone:1',
    type: 'phone-number',
    category: 'contact',
    severity: 'personal',
    action: 'warn',
    clause: 'P1',
    value: '070-123 45 67',
    masked: '070-123 ****',
    explanation: {
      recognizer: 'phone',
      pattern: 'se-mobile',
      validation: { kind: 'not-checked' },
      boostedBy: [],
      loweredBy: ['negative:order'],
    },
    where: { part: 'subject', start: 0, end: 12 },
  });
  const show = (findings: RatedFinding[], props: Partial<CategoryLineProps> = {}) => {
    const line = compactFindings(findings).lines[0] as Line;
    const calls: unknown[] = [];
    renderFluent(
      <ul>
        <CategoryLine
          strings={EN}
          language="en"
          line={line}
          onMove={() => calls.push('move')}
          onMask={(f) => calls.push(['mask', f.length])}
          onDismiss={(f, reason) => calls.push(['dismiss', f.length, reason])}
          {...props}
        />
      </ul>,
    );
    return calls;
  };

  it('makes twenty numbers in a list one line with a count, and offers the move', async () => {
    const calls = show(Array.from({ length: 20 }, (_, i) => inFile(i)));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByText('20 personnummer')).toBeInTheDocument();
    expect(screen.getByText(/in Personallista\.xlsx/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Mask/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Move to the secure server' }));
    expect(calls).toEqual(['move']);
  });

  it('offers Mask for a number in the body and keeps the explanation collapsed', async () => {
    const calls = show([ratedFinding()]);
    expect(screen.queryByText('The Luhn check passes.')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Move to the secure server' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Mask 1 personnummer in the message' }));
    const details = screen.getByRole('button', { name: 'Details: 1 personnummer' });
    expect(details).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(details);
    expect(details).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('850709-****')).toBeInTheDocument();
    expect(screen.queryByText(/850709-9805/)).not.toBeInTheDocument();
    expect(screen.getByText('The Luhn check passes.')).toBeInTheDocument();
    expect(screen.getByText(EN.clause.P2)).toBeInTheDocument();
    expect(calls).toEqual([['mask', 1]]);
  });

  it('dismisses personal data in one click, without the checksum noise', async () => {
    const calls = show([phone]);
    expect(screen.getByText('1 phone number')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Details: 1 phone number' }));
    expect(screen.queryByText(EN.why.notChecked)).not.toBeInTheDocument();
    expect(screen.getByText('Nearby word “order” makes it less likely.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Mark 1 phone number as not personal data' }));
    expect(calls).toEqual([['dismiss', 1, undefined]]);
  });

  it('asks for a reason before waving sensitive data away, and can be called off', async () => {
    const calls = show([ratedFinding()]);
    await userEvent.click(screen.getByRole('button', { name: 'Mark 1 personnummer as not personal data' }));
    await userEvent.click(screen.getByRole('button', { name: 'Go back' }));
    expect(calls).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Mark 1 personnummer as not personal data' }));
    await userEvent.click(screen.getByRole('radio', { name: EN.reasons.option['not-personal-data'] }));
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(calls).toEqual([['dismiss', 1, { reason: 'not-personal-data' }]]);
  });

  it('shows a few examples of a long list in its details and counts the rest', async () => {
    const many = Array.from({ length: 38 }, (_, i) => inFile(i));
    const limited = limitPerAttachment([ratedFinding(), ...many]);
    expect(limited.shown).toHaveLength(4);
    expect(limited.hidden).toBe(35);
    show([ratedFinding(), ...many]);
    expect(screen.getByText('39 personnummer')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Details: 39 personnummer' }));
    expect(screen.getAllByRole('button', { name: /for this draft/ })).toHaveLength(4);
    expect(screen.getByText('…and 35 more like these in the attachments.')).toBeInTheDocument();
  });
});

describe('ScanErrors', () => {
  it('lists parts that were not checked', () => {
    renderFluent(
      <ScanErrors
        strings={SV}
        errors={[{ part: 'attachment', attachment: 'lön.pdf', code: 'encrypted', message: 'x' }]}
      />,
    );
    expect(screen.getByRole('heading', { name: SV.errorsHeading })).toBeInTheDocument();
    expect(screen.getByText('lön.pdf: Lösenordsskyddad')).toBeInTheDocument();
  });
});

describe('ActionBar and the policy', () => {
  it('keeps "move attachments" visible, focusable and disabled with its reason', () => {
    renderFluent(
      <ActionBar strings={EN} onOpenPolicy={() => undefined} moveUnavailable={EN.moveUnavailable} />,
    );
    const move = screen.getByRole('button', { name: EN.moveAttachments });
    expect(move).toHaveAttribute('aria-disabled', 'true');
    expect(move).toHaveAccessibleDescription(EN.moveUnavailable);
  });

  it('starts the move when it is available, and opens the full policy in Swedish', async () => {
    const onOpen = jest.fn();
    const onMove = jest.fn();
    renderFluent(
      <ActionBar strings={SV} onOpenPolicy={onOpen} moveUnavailable={undefined} onMoveAttachments={onMove} />,
    );
    await userEvent.click(screen.getByRole('button', { name: SV.moveAttachments }));
    expect(onMove).toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: SV.openPolicy }));
    expect(onOpen).toHaveBeenCalled();
    renderFluent(<PolicyDialog strings={SV} language="sv" open onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: SV.policyTitle });
    expect(within(dialog).getByRole('heading', { name: 'Så ska vi arbeta' })).toBeInTheDocument();
    expect(within(dialog).getByText(/undviker att mejla känsliga personuppgifter/)).toBeInTheDocument();
  });
});
