/**
 * The read view of a suggestion: the block tree as headings, paragraphs, lists and tables,
 * with "please verify" marks highlighted and explained (tooltip, plus text for screen readers).
 * Model text is only ever rendered as React text nodes, never as HTML.
 */
import type { ReactNode } from 'react';
import { Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import type { Block, Inline, ListItem } from '../../../src/core/blocks/types.js';
import { useLocale } from '../../app/locale-context.js';
import type { Run, VerifyMarkLike } from './marks.js';

const useStyles = makeStyles({
  root: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: 'anywhere',
    '& > :first-child': { marginTop: 0 },
    '& > :last-child': { marginBottom: 0 },
  },
  h1: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, textAlign: 'center', margin: `0 0 ${tokens.spacingVerticalS}` },
  h2: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}` },
  p: { margin: `0 0 ${tokens.spacingVerticalS}` },
  list: { margin: `0 0 ${tokens.spacingVerticalS}`, paddingLeft: '1.5em' },
  tableWrap: { overflowX: 'auto', margin: `0 0 ${tokens.spacingVerticalS}` },
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, verticalAlign: 'top' },
    '& th': { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: 'inherit',
    borderBottom: `2px dotted ${tokens.colorPaletteDarkOrangeBorder2}`,
    borderRadius: tokens.borderRadiusSmall,
    cursor: 'help',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  // A tooltip explains; it must never sit between the pointer and the buttons below it.
  tip: { pointerEvents: 'none' },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  caret: {
    display: 'inline-block',
    width: '0.5em',
    height: '1em',
    verticalAlign: 'text-bottom',
    backgroundColor: tokens.colorBrandForeground1,
    marginLeft: '2px',
    animationName: { '0%': { opacity: 1 }, '50%': { opacity: 0 }, '100%': { opacity: 1 } },
    animationDuration: '1s',
    animationIterationCount: 'infinite',
    '@media (prefers-reduced-motion: reduce)': { animationName: 'none' },
  },
});

export interface BlockViewProps {
  blocks: Block[];
  marks: VerifyMarkLike[];
  streaming?: boolean;
}

export function BlockView({ blocks, marks, streaming }: BlockViewProps) {
  const styles = useStyles();
  const { locale, t } = useLocale();

  const inline = (runs: Inline[]): ReactNode =>
    runs.map((run: Run, i) => {
      let node: ReactNode = run.text;
      if (run.bold) node = <strong>{node}</strong>;
      if (run.italic) node = <em>{node}</em>;
      const mark = run.mark === undefined ? undefined : marks[run.mark];
      if (!mark) return <span key={i}>{node}</span>;
      const reason = mark.reason[locale];
      return (
        <Tooltip key={i} content={{ children: reason, className: styles.tip }} relationship="description" withArrow>
          <mark className={styles.mark} tabIndex={0} data-testid="verify-mark" data-kind={mark.kind}>
            {node}
            <span className={styles.srOnly}>（{t('card.verifyMark', { reason })}）</span>
          </mark>
        </Tooltip>
      );
    });

  const list = (items: ListItem[], ordered: boolean, key: number) => {
    const Tag = ordered ? 'ol' : 'ul';
    return (
      <Tag key={key} className={styles.list}>
        {items.map((item, i) => (
          <li key={i} style={item.level ? { marginLeft: `${item.level * 1.25}em` } : undefined}>
            {inline(item.content)}
          </li>
        ))}
      </Tag>
    );
  };

  // While text arrives, a caret sits at the end of the last line.
  const caret = (i: number) => (streaming && i === blocks.length - 1 ? <span className={styles.caret} aria-hidden="true" /> : null);

  return (
    <div className={styles.root} data-testid="suggestion-text" aria-busy={streaming || undefined}>
      {blocks.map((block, i) => {
        switch (block.type) {
          case 'heading': {
            const cls = block.level === 1 ? styles.h1 : block.level === 2 ? styles.h2 : styles.h3;
            // Levels sit under the pane's own h1/h2, so they start at 3.
            return (
              <div key={i} role="heading" aria-level={Math.min(6, block.level + 2)} className={cls}>
                {inline(block.content)}
                {caret(i)}
              </div>
            );
          }
          case 'paragraph':
            return (
              <p key={i} className={styles.p}>
                {inline(block.content)}
                {caret(i)}
              </p>
            );
          case 'list':
            return list(block.items, block.ordered, i);
          case 'table': {
            const [head, ...body] = block.header ? block.rows : [undefined, ...block.rows];
            return (
              <div key={i} className={styles.tableWrap}>
                <table className={styles.table}>
                  {head && (
                    <thead>
                      <tr>
                        {head.map((cell, c) => (
                          <th key={c} scope="col">
                            {inline(cell)}
                          </th>
                        ))}
                      </tr>
                    </thead>
                  )}
                  <tbody>
                    {body.map((row, r) => (
                      <tr key={r}>{row?.map((cell, c) => <td key={c}>{inline(cell)}</td>)}</tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          }
        }
      })}
      {streaming && (blocks.length === 0 || blocks[blocks.length - 1]?.type === 'list' || blocks[blocks.length - 1]?.type === 'table') && (
        <span className={styles.caret} aria-hidden="true" />
      )}
    </div>
  );
}
