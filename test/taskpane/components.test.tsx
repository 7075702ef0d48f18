/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { ActionBar } from '../../src/taskpane/components/ActionBar';
import { BulkSummary } from '../../src/taskpane/components/BulkSummary';
import { FindingGroups } from '../../src/taskpane/components/FindingGroups';
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
  ] as const)('announces the %s verdict as "%s"', (kind, title) => {
    renderFluent(<VerdictBanner strings={EN} verdict={kind} scanning={false} />);
    expect(within(screen.getByRole('status')).getByText(title)).toBeInTheDocument();
  });

  it('shows progress before the first scan', () => {
    renderFluent(<VerdictBanner strings={SV} verdict={undefined} scanning />);
    expect(within(screen.getByRole('status')).getByText(SV.scanning)).toBeInTheDocument();
  });
});

describe('FindingGroups', () => {
  const findings = [
    ratedFinding(),
    ratedFinding({
      key: 'se-personnummer:2',
      masked: '19121212-****',
      where: { part: 'attachment', attachment: 'Personallista.xlsx', start: 0, end: 13 },
    }),
    ratedFinding({
      key: 'phone:1',
      type: 'phone',
      category: 'contact',
      severity: 'personal',
      action: 'warn',
      clause: 'P1',
      masked: '070-123 ****',
      explanation: {
        recognizer: 'phone',
        pattern: 'se-mobile',
        validation: { kind: 'not-checked' },
        boostedBy: [],
        loweredBy: ['negative:order'],
      },
      where: { part: 'subject', start: 0, end: 12 },
    }),
  ];

  it('groups findings by category under a heading with the count', () => {
    renderFluent(<FindingGroups strings={EN} findings={findings} onDismiss={() => undefined} />);
    expect(screen.getByRole('heading', { name: 'Civil registration numbers (2)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Contact details (1)' })).toBeInTheDocument();
    const group = screen.getByRole('region', { name: 'Civil registration numbers (2)' });
    expect(within(group).getAllByRole('listitem', { name: '' }).length).toBeGreaterThanOrEqual(2);
  });

  it('explains where, why, the policy clause and what to do, with the value masked', () => {
    renderFluent(<FindingGroups strings={EN} findings={findings} onDismiss={() => undefined} />);
    expect(screen.getByText('850709-****')).toBeInTheDocument();
    expect(screen.queryByText(/850709-9805/)).not.toBeInTheDocument();
    expect(screen.getByText('Attachment Personallista.xlsx')).toBeInTheDocument();
    expect(screen.getAllByText('The Luhn check passes.')).toHaveLength(2);
    expect(screen.getAllByText('Nearby word “personnummer” makes it more likely.')).toHaveLength(2);
    expect(screen.getByText('Nearby word “order” makes it less likely.')).toBeInTheDocument();
    expect(screen.getAllByText(EN.clause.P2)).toHaveLength(2);
    expect(screen.getByText(EN.clause.P1)).toBeInTheDocument();
    expect(screen.getByText(EN.advice.contact)).toBeInTheDocument();
  });

  it('marks one finding as not personal data by its key', async () => {
    const onDismiss = jest.fn();
    renderFluent(<FindingGroups strings={EN} findings={findings} onDismiss={onDismiss} />);
    await userEvent.click(
      screen.getByRole('button', { name: 'Mark phone 070-123 **** as not personal data for this draft' }),
    );
    expect(onDismiss).toHaveBeenCalledWith('phone:1');
  });
});

describe('bulk data', () => {
  const bulk = [
    {
      attachment: 'Personallista.xlsx',
      type: 'se-personnummer',
      category: 'national-id' as const,
      count: 38,
    },
  ];

  it('counts a list of people per attachment', () => {
    renderFluent(<BulkSummary strings={EN} bulk={bulk} />);
    expect(screen.getByRole('heading', { name: EN.bulkHeading })).toBeInTheDocument();
    expect(screen.getByText('38 personnummer in Personallista.xlsx')).toBeInTheDocument();
  });

  it('shows a few examples of a long list in an attachment and counts the rest', () => {
    const many = Array.from({ length: 38 }, (_, i) =>
      ratedFinding({
        key: `k${i}`,
        where: { part: 'attachment', attachment: 'Personallista.xlsx', start: i, end: i + 1 },
      }),
    );
    const limited = limitPerAttachment([ratedFinding(), ...many]);
    expect(limited.shown).toHaveLength(4);
    expect(limited.hidden).toBe(35);
    renderFluent(
      <FindingGroups strings={EN} findings={[ratedFinding(), ...many]} onDismiss={() => undefined} />,
    );
    expect(screen.getByRole('heading', { name: 'Civil registration numbers (39)' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /as not personal data/ })).toHaveLength(4);
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
