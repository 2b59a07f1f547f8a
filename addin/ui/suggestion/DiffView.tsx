/**
 * A word-level diff of the revised text against the original: insertions and deletions are
 * styled, and also spelled out for screen readers, so the change is never told by colour alone.
 */
import { useMemo } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { wordDiff } from '../../../src/core/diff/words.js';
import { useLocale } from '../../app/locale-context.js';

const useStyles = makeStyles({
  root: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase400, margin: 0 },
  ins: {
    textDecorationLine: 'underline',
    textDecorationColor: tokens.colorPaletteGreenForeground1,
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
  },
  del: {
    textDecorationLine: 'line-through',
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
  },
  legend: { marginTop: tokens.spacingVerticalS, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

/** `label` names the comparison for screen readers; `legend` can be left out where a page shows it once. */
export function DiffView({ before, after, label, legend = true }: { before: string; after: string; label?: string; legend?: boolean }) {
  const styles = useStyles();
  const { t } = useLocale();
  const ops = useMemo(() => wordDiff(before, after), [before, after]);
  const changed = ops.some((op) => op.op !== 'equal');
  return (
    <div role="group" aria-label={label ?? t('diff.label')} data-testid="diff-view">
      <p className={styles.root}>
        {ops.map((op, i) => {
          if (op.op === 'equal') return <span key={i}>{op.text}</span>;
          const Tag = op.op === 'insert' ? 'ins' : 'del';
          return (
            <Tag key={i} className={op.op === 'insert' ? styles.ins : styles.del} data-testid={`diff-${op.op}`}>
              <span className={styles.srOnly}>{t(op.op === 'insert' ? 'diff.inserted' : 'diff.deleted')}</span>
              {op.text}
            </Tag>
          );
        })}
      </p>
      {legend && <div className={styles.legend}>{changed ? t('diff.legend') : t('diff.none')}</div>}
    </div>
  );
}
