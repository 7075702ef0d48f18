/** @jest-environment jsdom */
// The read pane's archive status: the people the copies could not name, on success and on a failed delete.
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ArchiveState, StoredCopy } from '../../src/addin/archive';
import { ArchiveStatus } from '../../src/taskpane/read/ArchiveStatus';
import { readStringsFor } from '../../src/taskpane/read/strings';

const COPY: StoredCopy = {
  fileId: 'f1',
  name: 'Deltagare.txt',
  size: 10,
  sha256: 'a'.repeat(64),
  retainUntil: '2027-12-05T00:00:00Z',
};
const copies = (peopleLeftOut: number) => ({ stored: [COPY], attachmentsOnly: false, peopleLeftOut });
const done = (peopleLeftOut: number): ArchiveState => ({
  kind: 'done',
  outcome: 'deleted',
  ...copies(peopleLeftOut),
});
const deleteFailed = (peopleLeftOut: number): ArchiveState => ({
  kind: 'failed',
  step: 'deleting',
  problem: 'graph-refused',
  deleted: false,
  ...copies(peopleLeftOut),
});

function show(language: 'en' | 'sv', state: ArchiveState): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <ArchiveStatus
        read={readStringsFor(language)}
        state={state}
        onRetry={() => undefined}
        onRetryDelete={() => undefined}
      />
    </FluentProvider>,
  );
}

describe('ArchiveStatus: people left out', () => {
  it.each([
    [
      'en',
      done(21),
      /^21 people in this message could not be listed with the copies .* searching for them\.$/,
    ],
    ['sv', done(21), /^21 personer i mejlet kunde inte listas med kopiorna .* söka på dem\.$/],
    ['en', done(1), /^1 person in this message .* searching for that person\.$/],
    ['sv', done(1), /^1 person i mejlet .* söka på den personen\.$/],
    ['en', deleteFailed(21), /^21 people in this message could not be listed/],
    ['sv', deleteFailed(21), /^21 personer i mejlet kunde inte listas/],
  ] as const)('says it in %s (%#)', (language, state, text) => {
    show(language, state);
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it.each([
    ['done', done(0)],
    ['a failed delete', deleteFailed(0)],
  ])('says nothing of it when nobody was left out (%s)', (_label, state) => {
    show('en', state);
    expect(screen.queryByText(/could not be listed/)).toBeNull();
  });

  it('says nothing of it when the archive failed before any copy was kept', () => {
    show('en', {
      kind: 'failed',
      step: 'uploading',
      problem: 'vault-unreachable',
      deleted: false,
      stored: [],
      attachmentsOnly: false,
      peopleLeftOut: 0,
    });
    expect(screen.queryByText(/could not be listed/)).toBeNull();
    expect(screen.getByRole('alert')).toHaveTextContent(/Nothing was deleted/);
  });

  it('keeps it with the failed delete in the alert, beside "Try again"', () => {
    show('en', deleteFailed(3));
    expect(screen.getByRole('alert')).toHaveTextContent(/3 people in this message could not be listed/);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
