/**
 * A table on a wide screen, a list of small cards in a narrow one (each cell as "label: value"),
 * so the console's lists read well at 1280 px and in the 350 px pane alike.
 */
import type { ReactNode } from 'react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

export interface Column<T> {
  key: string;
  header: string;
  cell(row: T): ReactNode;
  /** Right-aligned numbers in the table. */
  numeric?: boolean;
  /** Left out of the narrow cards (e.g. shown in the card's title already). */
  wideOnly?: boolean;
}

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', minWidth: 0 },
  table: { minWidth: '100%' },
  numeric: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  // The header's text sits in a flex box inside the cell.
  numericHeader: { '& > *': { justifyContent: 'flex-end', textAlign: 'right' } },
  cell: { verticalAlign: 'top', paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  cards: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  cardTitle: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  pairs: { display: 'grid', gridTemplateColumns: 'minmax(80px, max-content) 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, minWidth: 0, overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase200 },
});

export interface DataTableProps<T> {
  rows: readonly T[];
  columns: Column<T>[];
  rowKey(row: T): string;
  narrow: boolean;
  label: string;
  /** The card's heading in the narrow layout. */
  cardTitle(row: T): ReactNode;
  testId?: string;
  rowTestId?(row: T): string;
}

export function DataTable<T>({ rows, columns, rowKey, narrow, label, cardTitle, testId, rowTestId }: DataTableProps<T>) {
  const styles = useStyles();
  if (narrow) {
    return (
      <ul className={styles.cards} aria-label={label} data-testid={testId}>
        {rows.map((row) => (
          <li key={rowKey(row)} className={styles.card} data-testid={rowTestId?.(row)}>
            <span className={styles.cardTitle}>{cardTitle(row)}</span>
            <dl className={styles.pairs}>
              {columns
                .filter((c) => !c.wideOnly)
                .map((c) => ({ c, value: c.cell(row) }))
                // A card leaves out what does not apply (a table keeps the empty cell).
                .filter(({ value }) => value !== null && value !== undefined && value !== '')
                .map(({ c, value }) => (
                  <div key={c.key} className={styles.pair}>
                    <dt className={styles.term}>{c.header}</dt>
                    <dd className={styles.value}>{value}</dd>
                  </div>
                ))}
            </dl>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div className={styles.scroll}>
      <Table size="small" aria-label={label} className={styles.table} data-testid={testId}>
        <TableHeader>
          <TableRow>
            {columns.map((c) => (
              <TableHeaderCell key={c.key} className={c.numeric ? mergeClasses(styles.numeric, styles.numericHeader) : undefined}>
                {c.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)} data-testid={rowTestId?.(row)}>
              {columns.map((c) => (
                <TableCell key={c.key} className={mergeClasses(styles.cell, c.numeric && styles.numeric)}>
                  {c.cell(row)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
