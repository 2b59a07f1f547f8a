/**
 * The suggestion of a whole 公文, small enough for the pane: the header and closing exactly as
 * the form fills them (from the same GB/T 9704 layout the .docx is built from), and between
 * them the body the model wrote, with its "please verify" marks. A sheet of paper in any theme.
 */
import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { cssFontFamily } from '../../../src/core/officialdoc/fonts.js';
import type { LaidOutItem, LaidOutParagraph, OfficialLayout } from '../../../src/core/officialdoc/layout.js';
import { cellWidth } from '../../../src/core/officialdoc/format.js';
import { useLocale } from '../../app/locale-context.js';
import { BlockView } from '../../ui/suggestion/BlockView.js';
import type { MarkedBlocks } from '../../ui/suggestion/marks.js';

const BEFORE_BODY = new Set(['copyNumber', 'secrecy', 'urgency', 'issuerMark', 'docNumber', 'signer', 'title', 'recipients']);
const RECORD = new Set(['copyTo', 'printer']);

const useStyles = makeStyles({
  paper: {
    backgroundColor: '#ffffff',
    color: '#1a1a1a',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    fontFamily: cssFontFamily('fangsong'),
    fontSize: '13px',
    lineHeight: 1.7,
    overflowWrap: 'anywhere',
    // The body keeps the card's reading size, in the document's typeface.
    '& [data-testid="suggestion-text"]': { fontFamily: cssFontFamily('fangsong'), color: '#1a1a1a' },
    // Body paragraphs start two characters in, as in the document.
    '& [data-testid="suggestion-text"] > p': { textIndent: '2em', marginBottom: tokens.spacingVerticalXXS },
  },
  line: { margin: 0, minHeight: '1em' },
  mark: { color: '#e00000', textAlign: 'center', fontFamily: cssFontFamily('xiaobiaosong'), fontWeight: 700, whiteSpace: 'nowrap', overflow: 'hidden', margin: `${tokens.spacingVerticalM} 0` },
  small: { fontFamily: cssFontFamily('heiti'), fontSize: '12px' },
  number: { textAlign: 'center', fontSize: '12px' },
  split: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, fontSize: '12px' },
  rule: { borderBottom: '2px solid #e00000', paddingBottom: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalM },
  title: { textAlign: 'center', fontFamily: cssFontFamily('xiaobiaosong'), fontWeight: 700, fontSize: '15px', lineHeight: 1.5, margin: `${tokens.spacingVerticalS} 0` },
  recipients: { marginTop: tokens.spacingVerticalXS },
  body: { margin: `${tokens.spacingVerticalXS} 0` },
  bodyEmpty: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  indent: { textIndent: '2em' },
  right: { textAlign: 'right' },
  record: { marginTop: tokens.spacingVerticalL, fontSize: '11px', borderTop: '1px solid #1a1a1a', borderBottom: '1px solid #1a1a1a' },
  recordLine: { padding: `0 ${tokens.spacingHorizontalXS}`, ':not(:last-child)': { borderBottom: '1px solid #1a1a1a' } },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, marginBottom: tokens.spacingVerticalXS, display: 'block' },
  missing: { color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase200, textAlign: 'center', display: 'block' },
});

const textOf = (p: LaidOutParagraph) => p.runs.map((r) => r.text).join('');

/** Breaks inside a run (a title split over two lines) become line breaks. */
function lines(text: string) {
  return text.split('\n').map((line, i) => (
    <span key={i}>
      {i > 0 && <br />}
      {line}
    </span>
  ));
}

function Paragraph({ p, ruled }: { p: LaidOutParagraph; ruled: boolean }) {
  const styles = useStyles();
  const text = textOf(p);
  const testId = `official-${p.element}`;
  switch (p.element) {
    case 'copyNumber':
    case 'secrecy':
    case 'urgency':
      return (
        <p className={mergeClasses(styles.line, styles.small)} data-testid={testId}>
          {text}
        </p>
      );
    case 'issuerMark': {
      // As large as the pane allows, like the real mark fills the type area.
      const size = Math.max(12, Math.min(26, Math.floor(280 / Math.max(1, cellWidth(text)))));
      return (
        <p className={mergeClasses(styles.line, styles.mark)} style={{ fontSize: `${size}px` }} data-testid={testId}>
          {text}
        </p>
      );
    }
    case 'docNumber':
    case 'signer': {
      const [left = '', ...rest] = text.split('\t');
      const right = rest.join(' ');
      const cls = mergeClasses(styles.line, rest.length ? styles.split : styles.number, ruled && styles.rule);
      return (
        <p className={cls} data-testid={testId}>
          {rest.length ? (
            <>
              <span>{left}</span>
              <span>{right}</span>
            </>
          ) : (
            left || '\u00a0'
          )}
        </p>
      );
    }
    case 'title':
      return (
        <p className={mergeClasses(styles.line, styles.title)} data-testid={testId}>
          {lines(text)}
        </p>
      );
    case 'recipients':
      return (
        <p className={mergeClasses(styles.line, styles.recipients)} data-testid={testId}>
          {text}
        </p>
      );
    case 'issuerSignature':
    case 'date':
      return (
        <p className={mergeClasses(styles.line, styles.right)} style={{ paddingRight: p.element === 'date' ? '2em' : '1em' }} data-testid={testId}>
          {text}
        </p>
      );
    case 'copyTo':
    case 'printer': {
      const [left = '', right = ''] = text.split('\t');
      return (
        <p className={mergeClasses(styles.line, styles.recordLine, right && styles.split)} data-testid={testId}>
          <span>{left}</span>
          {right && <span>{right}</span>}
        </p>
      );
    }
    default:
      return (
        <p className={mergeClasses(styles.line, styles.indent)} data-testid={testId}>
          {text}
        </p>
      );
  }
}

function Items({ items }: { items: readonly LaidOutItem[] }) {
  return (
    <>
      {items.map((item, i) => (item.kind === 'paragraph' ? <Paragraph key={i} p={item} ruled={!!item.rules?.below && BEFORE_BODY.has(item.element)} /> : null))}
    </>
  );
}

export interface OfficialPreviewProps {
  /** The layout of the header and closing (no body), or undefined while the form lacks what they need. */
  layout: OfficialLayout | undefined;
  /** Labels of the fields still missing for the header. */
  missing: string[];
  view: MarkedBlocks;
  streaming: boolean;
}

export function OfficialPreview({ layout, missing, view, streaming }: OfficialPreviewProps) {
  const styles = useStyles();
  const { t } = useLocale();
  const items = layout?.items ?? [];
  const firstAfter = items.findIndex((item) => !BEFORE_BODY.has(item.element));
  const before = firstAfter < 0 ? items : items.slice(0, firstAfter);
  const after = firstAfter < 0 ? [] : items.slice(firstAfter);
  const closing = after.filter((item) => !RECORD.has(item.element));
  const record = after.filter((item) => RECORD.has(item.element));
  const empty = view.blocks.length === 0 && !streaming;
  return (
    <div>
      <Text className={styles.note}>{t('official.bodyNote')}</Text>
      <div className={styles.paper} role="document" aria-label={t('official.preview')} data-testid="official-preview">
        {layout ? <Items items={before} /> : <Text className={styles.missing}>{t('official.previewIncomplete', { fields: missing.join('、') })}</Text>}
        <div className={styles.body} data-testid="official-body">
          {empty ? <p className={mergeClasses(styles.line, styles.bodyEmpty)}>{t('official.bodyEmpty')}</p> : <BlockView blocks={view.blocks} marks={view.marks} streaming={streaming} />}
        </div>
        <Items items={closing} />
        {record.length > 0 && (
          <div className={styles.record} data-testid="official-record">
            <Items items={record} />
          </div>
        )}
      </div>
    </div>
  );
}
