import {
  Button,
  Field,
  Input,
  MessageBar,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { DecisionSummary } from '../../contract';
import type { ConsoleApi, SummaryFilter } from '../api';
import { download } from '../format';
import { fill, type ConsoleStrings } from '../strings';
import { RecordTable } from './RecordTable';
import { useViewStyles } from './styles';

const DAY_MS = 86_400_000;
const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** State of the decisions view: the filter, the last summary and the last error. */
function useDecisions(api: ConsoleApi) {
  const today = new Date();
  const [filter, setFilter] = useState<SummaryFilter>({
    from: isoDay(new Date(today.getTime() - 90 * DAY_MS)),
    to: isoDay(today),
    period: 'month',
    category: '',
  });
  const [summary, setSummary] = useState<DecisionSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (work: () => Promise<void>) => {
      setError(null);
      try {
        await work();
      } catch (caught: unknown) {
        setError(caught instanceof Error ? caught.message : String(caught));
      }
    },
    [setError],
  );
  const show = (): Promise<void> => run(async () => setSummary(await api.decisions(filter)));
  const exportCsv = (): Promise<void> =>
    run(async () => {
      download(await api.decisionsCsv(filter), `decisions-${filter.from}-${filter.to}.csv`);
    });
  return { filter, setFilter, summary, error, show, exportCsv };
}

/** "Not personal data" reports per finding type, most first: the rules senders find too noisy. */
export function notPersonalDataByType(summary: DecisionSummary): { type: string; count: number }[] {
  const byType = new Map<string, number>();
  for (const row of summary.rows)
    if (row.reason === 'not-personal-data') byType.set(row.type, (byType.get(row.type) ?? 0) + row.count);
  return [...byType]
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}

/** "How the policy works in practice": decision counts by period, category, type, decision and reason. */
export function DecisionsView({ api, strings }: { api: ConsoleApi; strings: ConsoleStrings }) {
  const styles = useViewStyles();
  const { filter, setFilter, summary, error, show, exportCsv } = useDecisions(api);
  return (
    <section className={styles.view} aria-label={strings.tabDecisions}>
      <Text as="p">{strings.decisionsIntro}</Text>
      <div className={styles.filters}>
        <Field label={strings.from}>
          <Input
            type="date"
            value={filter.from}
            onChange={(_, d) => setFilter({ ...filter, from: d.value })}
          />
        </Field>
        <Field label={strings.to}>
          <Input type="date" value={filter.to} onChange={(_, d) => setFilter({ ...filter, to: d.value })} />
        </Field>
        <Field label={strings.period}>
          <Select
            value={filter.period}
            onChange={(_, d) => setFilter({ ...filter, period: d.value as SummaryFilter['period'] })}
          >
            <option value="day">{strings.day}</option>
            <option value="week">{strings.week}</option>
            <option value="month">{strings.month}</option>
          </Select>
        </Field>
        <Field label={strings.category}>
          <Input
            value={filter.category}
            onChange={(_, d) => setFilter({ ...filter, category: d.value.trim() })}
          />
        </Field>
        <Button appearance="primary" onClick={() => void show()}>
          {strings.show}
        </Button>
        <Button onClick={() => void exportCsv()}>{strings.exportCsv}</Button>
      </div>
      {error !== null && <MessageBar intent="error">{fill(strings.failed, { message: error })}</MessageBar>}
      {summary !== null && (
        <>
          <Text as="p" weight="semibold">
            {strings.total}: {summary.total}
          </Text>
          {notPersonalDataByType(summary).length > 0 && (
            <>
              <Text as="h2" size={400} weight="semibold">
                {strings.noisiest}
              </Text>
              <Text as="p">{strings.noisiestHint}</Text>
              <Table aria-label={strings.noisiest} size="small">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{strings.colType}</TableHeaderCell>
                    <TableHeaderCell>{strings.colReports}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {notPersonalDataByType(summary).map((row) => (
                    <TableRow key={row.type}>
                      <TableCell>{row.type}</TableCell>
                      <TableCell>{row.count}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </>
          )}
          <RecordTable
            label={strings.tabDecisions}
            rows={summary.rows}
            rowKey={(row) =>
              [row.period, row.category, row.type, row.clause, row.decision, row.reason].join('|')
            }
            empty={strings.none}
            columns={[
              { name: strings.colPeriod, cell: (row) => row.period },
              { name: strings.colCategory, cell: (row) => row.category },
              { name: strings.colType, cell: (row) => row.type },
              { name: strings.colClause, cell: (row) => row.clause },
              { name: strings.colDecision, cell: (row) => row.decision },
              { name: strings.colReason, cell: (row) => row.reason },
              { name: strings.colCount, cell: (row) => row.count },
            ]}
          />
        </>
      )}
    </section>
  );
}
