import { Button, Field, Input, MessageBar, Text } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { SubjectExport } from '../../contract';
import type { ConsoleApi } from '../api';
import { download, formatDay } from '../format';
import { fill, type ConsoleLang, type ConsoleStrings } from '../strings';
import { RecordTable } from './RecordTable';
import { useViewStyles } from './styles';

/** State of a data-subject request: the query, what was found, and an erasure awaiting confirmation. */
function useSubject(api: ConsoleApi, strings: ConsoleStrings) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<SubjectExport | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const guard = async (work: () => Promise<void>): Promise<void> => {
    setMessage(null);
    try {
      await work();
    } catch (caught: unknown) {
      const text = caught instanceof Error ? caught.message : String(caught);
      setMessage({ intent: 'error', text: fill(strings.failed, { message: text }) });
    }
  };
  const search = (): Promise<void> =>
    guard(async () => {
      setConfirming(false);
      setFound(await api.searchSubject(query.trim()));
    });
  const erase = (): Promise<void> =>
    guard(async () => {
      const result = await api.eraseSubject(found?.query ?? query.trim());
      setConfirming(false);
      setFound(null);
      setMessage({
        intent: 'success',
        text: fill(strings.erased, { n: result.erased.length, held: result.held.length }),
      });
    });
  return { query, setQuery, found, confirming, setConfirming, message, search, erase };
}

/** Data-subject requests (P6): search by address or name, see what is stored, erase it (audited). */
export function SubjectsView(props: { api: ConsoleApi; strings: ConsoleStrings; lang: ConsoleLang }) {
  const { api, strings, lang } = props;
  const styles = useViewStyles();
  const s = useSubject(api, strings);
  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    void s.search();
  };
  const files = s.found?.files ?? [];
  const exportJson = (): void => {
    if (s.found === null) return;
    const day = s.found.generatedAt.slice(0, 10);
    download(
      new Blob([JSON.stringify(s.found, null, 2)], { type: 'application/json' }),
      `subject-export-${day}.json`,
    );
  };
  return (
    <section className={styles.view} aria-label={strings.tabSubjects}>
      <Text as="p">{strings.subjectsIntro}</Text>
      <form className={styles.filters} onSubmit={onSubmit}>
        <Field label={strings.query}>
          <Input value={s.query} minLength={3} required onChange={(_, d) => s.setQuery(d.value)} />
        </Field>
        <Button appearance="primary" type="submit">
          {strings.search}
        </Button>
      </form>
      {s.message !== null && <MessageBar intent={s.message.intent}>{s.message.text}</MessageBar>}
      {s.found !== null && (
        <>
          <Text as="p" weight="semibold">
            {fill(strings.found, { n: files.length })}
          </Text>
          <RecordTable
            label={strings.tabSubjects}
            rows={files}
            rowKey={(file) => file.id}
            columns={[
              { name: strings.colFile, cell: (file) => file.fileName },
              { name: strings.colOwner, cell: (file) => file.owner },
              { name: strings.colRecipients, cell: (file) => file.recipients.join(', ') },
              { name: strings.colStored, cell: (file) => formatDay(file.createdAt, lang) },
              { name: strings.colRetain, cell: (file) => formatDay(file.retainUntil, lang) },
              { name: strings.colHold, cell: (file) => (file.legalHold ? strings.yes : strings.no) },
            ]}
          />
          <div className={styles.actions}>
            <Button onClick={exportJson}>{strings.exportJson}</Button>
            {files.length > 0 && !s.confirming && (
              <Button onClick={() => s.setConfirming(true)}>{strings.erase}</Button>
            )}
          </div>
          {s.confirming && (
            <div role="group" aria-label={strings.erase} className={styles.filters}>
              <Text>{fill(strings.confirmErase, { n: files.length })}</Text>
              <Button appearance="primary" onClick={() => void s.erase()}>
                {strings.confirm}
              </Button>
              <Button onClick={() => s.setConfirming(false)}>{strings.cancel}</Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
