import { Button, Field, Input, MessageBar, Select, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { FileMetadata, StoredFiles } from '../../contract';
import type { ConsoleApi, StoredFilter } from '../api';
import { formatBytes, formatDay } from '../format';
import { fill, type ConsoleLang, type ConsoleStrings } from '../strings';
import { RecordTable } from './RecordTable';
import { useViewStyles } from './styles';

const EVERY_FILE: StoredFilter = { retentionClass: '', legalHold: '', expiringWithinDays: '' };

type Notice = { intent: 'success' | 'error'; text: string };

/** State of the stored-files view: filter, the last listing, a pending erasure and the last notice. */
function useStoredFiles(api: ConsoleApi, strings: ConsoleStrings) {
  const [filter, setFilter] = useState<StoredFilter>(EVERY_FILE);
  const [listing, setListing] = useState<StoredFiles | null>(null);
  const [erasing, setErasing] = useState<FileMetadata | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const act = useCallback(
    async (work: () => Promise<string | null>): Promise<void> => {
      try {
        const done = await work();
        setNotice(done === null ? null : { intent: 'success', text: done });
      } catch (caught: unknown) {
        const message = caught instanceof Error ? caught.message : String(caught);
        setNotice({ intent: 'error', text: fill(strings.failed, { message }) });
      }
    },
    [strings],
  );
  const load = useCallback(
    (next: StoredFilter) => act(async () => (setListing(await api.storedFiles(next)), null)),
    [act, api],
  );
  const hold = (file: FileMetadata, on: boolean): Promise<void> =>
    act(async () => {
      await api.setLegalHold(file.id, on);
      setListing(await api.storedFiles(filter));
      return fill(on ? strings.holdPlaced : strings.holdLifted, { name: file.fileName });
    });
  const erase = (file: FileMetadata): Promise<void> =>
    act(async () => {
      await api.eraseFile(file.id);
      setErasing(null);
      setListing(await api.storedFiles(filter));
      return fill(strings.fileErased, { name: file.fileName });
    });
  return { filter, setFilter, listing, erasing, setErasing, notice, load, hold, erase };
}

/** Stored files for the DPO: totals per retention class, the files soonest erased first, legal hold, erasure. */
export function FilesView(props: { api: ConsoleApi; strings: ConsoleStrings; lang: ConsoleLang }) {
  const { api, strings, lang } = props;
  const styles = useViewStyles();
  const s = useStoredFiles(api, strings);
  const { load, filter } = s;
  useEffect(() => {
    void load(EVERY_FILE); // the first listing: every file
  }, [load]);
  const listing = s.listing;
  const size = (bytes: number): string => formatBytes(bytes, lang);
  return (
    <section className={styles.view} aria-label={strings.tabFiles}>
      <Text as="p">{strings.filesIntro}</Text>
      <div className={styles.filters}>
        <Field label={strings.retentionClass}>
          <Select
            value={filter.retentionClass}
            onChange={(_, d) => s.setFilter({ ...filter, retentionClass: d.value })}
          >
            <option value="">{strings.any}</option>
            {(listing?.byRetentionClass ?? []).map((row) => (
              <option key={row.retentionClass} value={row.retentionClass}>
                {row.retentionClass}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={strings.legalHold}>
          <Select
            value={filter.legalHold}
            onChange={(_, d) => s.setFilter({ ...filter, legalHold: d.value as StoredFilter['legalHold'] })}
          >
            <option value="">{strings.any}</option>
            <option value="true">{strings.onHold}</option>
            <option value="false">{strings.notOnHold}</option>
          </Select>
        </Field>
        <Field label={strings.expiringWithin}>
          <Input
            type="number"
            min={1}
            value={filter.expiringWithinDays}
            onChange={(_, d) => s.setFilter({ ...filter, expiringWithinDays: d.value })}
          />
        </Field>
        <Button appearance="primary" onClick={() => void load(filter)}>
          {strings.show}
        </Button>
      </div>
      {s.notice !== null && <MessageBar intent={s.notice.intent}>{s.notice.text}</MessageBar>}
      {listing !== null && (
        <>
          <Text as="p" weight="semibold">
            {fill(strings.filesTotals, {
              files: listing.totals.files,
              size: size(listing.totals.bytes),
              held: listing.totals.held,
            })}
          </Text>
          <ul>
            {listing.byRetentionClass.map((row) => (
              <li key={row.retentionClass}>
                {fill(strings.classTotals, {
                  name: row.retentionClass,
                  files: row.files,
                  size: size(row.bytes),
                  held: row.held,
                })}
              </li>
            ))}
          </ul>
          {listing.truncated && (
            <MessageBar intent="info">{fill(strings.truncated, { n: listing.files.length })}</MessageBar>
          )}
          {s.erasing !== null && (
            <div role="group" aria-label={strings.eraseFile} className={styles.filters}>
              <Text>{fill(strings.confirmEraseFile, { name: s.erasing.fileName })}</Text>
              <Button appearance="primary" onClick={() => s.erasing && void s.erase(s.erasing)}>
                {strings.confirm}
              </Button>
              <Button onClick={() => s.setErasing(null)}>{strings.cancel}</Button>
            </div>
          )}
          <RecordTable
            label={strings.tabFiles}
            rows={listing.files}
            rowKey={(file) => file.id}
            empty={strings.noFiles}
            columns={[
              { name: strings.colFile, cell: (file) => file.fileName },
              { name: strings.colOwner, cell: (file) => file.owner },
              { name: strings.colSize, cell: (file) => size(file.size) },
              { name: strings.colClass, cell: (file) => file.retentionClass },
              { name: strings.colRetain, cell: (file) => formatDay(file.retainUntil, lang) },
              { name: strings.colLink, cell: (file) => formatDay(file.link.expiresAt, lang) },
              {
                name: strings.colDownloads,
                cell: (file) =>
                  file.link.downloadLimit === null
                    ? file.link.downloads
                    : `${file.link.downloads} / ${file.link.downloadLimit}`,
              },
              { name: strings.colHold, cell: (file) => (file.legalHold ? strings.yes : strings.no) },
              {
                name: strings.colActions,
                cell: (file) => (
                  <div className={styles.actions}>
                    <Button
                      size="small"
                      aria-label={`${file.legalHold ? strings.liftHold : strings.placeHold}: ${file.fileName}`}
                      onClick={() => void s.hold(file, !file.legalHold)}
                    >
                      {file.legalHold ? strings.liftHold : strings.placeHold}
                    </Button>
                    <Button
                      size="small"
                      disabled={file.legalHold}
                      aria-label={`${strings.eraseFile}: ${file.fileName}`}
                      onClick={() => s.setErasing(file)}
                    >
                      {strings.eraseFile}
                    </Button>
                  </div>
                ),
              },
            ]}
          />
        </>
      )}
    </section>
  );
}
