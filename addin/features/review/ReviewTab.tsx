/**
 * The Review tab (规范检查): checks the open document, or the paragraphs the selection touches,
 * against 《党政机关公文处理工作条例》, GB/T 9704-2012 and the house rules the admin left on.
 * Findings come as cards; Fix and Fix all correct the document through the host adapter, and
 * every fix is followed by a fresh check. Nothing in the document changes without a click.
 */
import { useState } from 'react';
import { Button, Dropdown, Field, MessageBar, MessageBarActions, MessageBarBody, Option, Radio, RadioGroup, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReviewScope } from '../../../src/core/officialdoc/review/index.js';
import { fetchReviewRules } from '../../api/review.js';
import { useGatewayLoad } from '../../api/use-gateway-load.js';
import { useHost } from '../../app/host-context.js';
import { useLocale } from '../../app/locale-context.js';
import { HostError } from '../../host/types.js';
import type { ErrorInfo } from '../../state/suggestion.js';
import { ErrorBar } from '../../ui/ErrorBar.js';
import { toErrorInfo } from '../../ui/error-info.js';
import { FindingCard } from './FindingCard.js';
import { applyAll, applyOne, runReview, type ReviewOutcome } from './review-run.js';

/** 文种 a user may name; the review detects it from the title otherwise. */
const DOC_TYPES = ['通知', '请示', '报告', '函', '纪要', '意见', '通报', '决定', '批复', '公告', '通告', '决议', '命令', '议案', '公报'];
/** Cards shown at once; the rest behind "Show more", so a long document stays quick to scroll. */
const PAGE = 30;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  controls: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  run: { width: '100%' },
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, listStyle: 'none', margin: 0, padding: 0 },
  dropdown: { minWidth: 0, width: '100%' },
});

type Busy = { kind: 'check' } | { kind: 'fix'; index: number } | { kind: 'fixAll' } | undefined;

export default function ReviewTab() {
  const styles = useStyles();
  const host = useHost();
  const { t } = useLocale();
  const rules = useGatewayLoad('review-rules', (lang, signal) => fetchReviewRules(lang, signal));
  const [scope, setScope] = useState<ReviewScope>('document');
  const [docType, setDocType] = useState('');
  const [outcome, setOutcome] = useState<ReviewOutcome | undefined>();
  const [busy, setBusy] = useState<Busy>();
  const [error, setError] = useState<ErrorInfo | undefined>();
  const [notice, setNotice] = useState('');
  const [stale, setStale] = useState(false);
  const [shown, setShown] = useState(PAGE);

  const disabledHouseRules = rules.data?.disabledHouseRules ?? [];
  const scopeName = (s: ReviewScope) => t(s === 'document' ? 'review.scope.document' : 'review.scope.selection');

  const check = async (again?: Extract<ReviewOutcome, { kind: 'findings' }>) => {
    const next = await runReview(host, { scope: again?.scope ?? scope, docType: docType || undefined, disabledHouseRules, range: again?.range });
    setOutcome(next);
    setShown(PAGE);
    setStale(false);
  };

  /** Runs one action with the busy state, turning failures into the error bar. */
  const act = async (what: Busy, work: () => Promise<void>) => {
    setBusy(what);
    setError(undefined);
    setNotice('');
    try {
      await work();
    } catch (err) {
      if (err instanceof HostError && err.code === 'edit_conflict') setStale(true);
      else setError(toErrorInfo(err));
    } finally {
      setBusy(undefined);
    }
  };

  const findings = outcome?.kind === 'findings' ? outcome : undefined;
  const fixable = findings?.findings.filter((f) => f.fix).length ?? 0;

  const fix = (index: number) =>
    act({ kind: 'fix', index }, async () => {
      const f = findings?.findings[index];
      if (!findings || !f) return;
      await applyOne(host, f);
      await check(findings);
      setNotice(t('review.fixed'));
    });

  const fixAll = () =>
    act({ kind: 'fixAll' }, async () => {
      if (!findings) return;
      const { applied, skipped } = await applyAll(host, findings.findings);
      await check(findings);
      setNotice(skipped ? t('review.fixedSome', { count: applied, skipped }) : t('review.fixedAll', { count: applied }));
    });

  const working = busy !== undefined;
  const canSelect = !!host.getSelectionParagraphRange;

  return (
    <div className={styles.root} data-testid="review-tab">
      <Text className={styles.intro}>{t('review.intro')}</Text>
      {rules.error && (
        <MessageBar intent="warning" layout="multiline" data-testid="review-rules-unavailable">
          <MessageBarBody>{t('review.rulesUnavailable')}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={rules.reload}>
              {t('error.retry')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      <div className={styles.controls}>
        <Field label={t('review.scope')}>
          <RadioGroup value={scope} data-testid="review-scope" onChange={(_e, d) => setScope(d.value as ReviewScope)}>
            <Radio value="document" label={t('review.scopeDocument')} disabled={working} />
            <Radio value="selection" label={t('review.scopeSelection')} disabled={working || !canSelect} />
          </RadioGroup>
        </Field>
        <Field label={t('review.docType')}>
          <Dropdown
            className={styles.dropdown}
            value={docType || t('review.docTypeAuto')}
            selectedOptions={[docType]}
            disabled={working}
            data-testid="review-doc-type"
            onOptionSelect={(_e, d) => setDocType(d.optionValue ?? '')}
          >
            <Option value="">{t('review.docTypeAuto')}</Option>
            {DOC_TYPES.map((type) => (
              <Option key={type} value={type}>
                {type}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button appearance="primary" className={styles.run} disabled={working} icon={busy?.kind === 'check' ? <Spinner size="tiny" /> : undefined} data-testid="review-run" onClick={() => void act({ kind: 'check' }, () => check())}>
          {busy?.kind === 'check' ? t('review.running') : t('review.run')}
        </Button>
      </div>

      {error && <ErrorBar error={error} onDismiss={() => setError(undefined)} />}
      {stale && (
        <MessageBar intent="warning" layout="multiline" data-testid="review-stale">
          <MessageBarBody>{t('review.stale')}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void act({ kind: 'check' }, () => check(findings))}>
              {t('review.recheck')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success" data-testid="review-notice">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}

      {outcome?.kind === 'noSelection' && (
        <MessageBar intent="info" data-testid="review-result" data-result="no-selection">
          <MessageBarBody>{t('review.noSelection')}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === 'empty' && (
        <MessageBar intent="info" data-testid="review-result" data-result="empty">
          <MessageBarBody>{t('review.emptyDocument', { scope: scopeName(outcome.scope) })}</MessageBarBody>
        </MessageBar>
      )}
      {findings && findings.findings.length === 0 && (
        <MessageBar intent="success" data-testid="review-result" data-result="clean">
          <MessageBarBody>{t('review.none', { scope: scopeName(findings.scope) })}</MessageBarBody>
        </MessageBar>
      )}
      {findings && findings.findings.length > 0 && (
        <section className={styles.summary} aria-label={t('review.findings')} data-testid="review-result" data-result="findings">
          <Text role="status" data-testid="review-summary">
            {t('review.summary', { count: findings.findings.length, scope: scopeName(findings.scope), fixable })}
          </Text>
          <div className={styles.actions}>
            {fixable > 0 && (
              <Button appearance="primary" className={styles.grow} disabled={working} icon={busy?.kind === 'fixAll' ? <Spinner size="tiny" /> : undefined} data-testid="review-fix-all" onClick={() => void fixAll()}>
                {t('review.fixAll', { count: fixable })}
              </Button>
            )}
            <Button className={styles.grow} disabled={working} data-testid="review-recheck" onClick={() => void act({ kind: 'check' }, () => check(findings))}>
              {t('review.recheck')}
            </Button>
          </div>
          <ul className={styles.list}>
            {findings.findings.slice(0, shown).map((f, i) => (
              <li key={`${f.ruleId}-${f.paragraph}-${f.start}`}>
                <FindingCard
                  finding={f}
                  paragraphText={findings.paragraphs[f.paragraph] ?? ''}
                  paragraphNumber={f.paragraph + 1}
                  busy={busy?.kind === 'fix' && busy.index === i}
                  disabled={working}
                  onFix={() => void fix(i)}
                />
              </li>
            ))}
          </ul>
          {findings.findings.length > shown && (
            <Button appearance="subtle" onClick={() => setShown((n) => n + PAGE)}>
              {t('review.showMore', { count: Math.min(PAGE, findings.findings.length - shown) })}
            </Button>
          )}
        </section>
      )}
    </div>
  );
}
