import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useViewStyles } from './styles';

/** One column: its heading and what its cell shows for a row. */
export interface Column<T> {
  readonly name: string;
  readonly cell: (row: T) => ReactNode;
}

/**
 * The console's list of records: a labelled table in a region that scrolls sideways (and takes keyboard focus
 * to do so) when the page is narrow. With no rows it shows `empty`, or nothing when there is no such text.
 */
export function RecordTable<T>(props: {
  label: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  empty?: string;
}) {
  const { label, columns, rows, rowKey, empty } = props;
  const styles = useViewStyles();
  if (rows.length === 0) return empty === undefined ? null : <Text as="p">{empty}</Text>;
  return (
    <div className={styles.scroll} role="region" aria-label={label} tabIndex={0}>
      <Table aria-label={label} size="small" className={styles.table}>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell key={column.name}>{column.name}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)}>
              {columns.map((column) => (
                <TableCell key={column.name}>{column.cell(row)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
