/**
 * Which house rules the format review (规范检查) runs. Rules from 《党政机关公文处理工作条例》
 * and GB/T 9704-2012 always run and are listed as such; only house rules have a switch.
 */
import { useEffect, useState } from 'react';
import { Badge, Button, MessageBar, MessageBarBody, Spinner, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { localize } from '../../../../src/core/i18n/locale.js';
import { getReviewRules, saveReviewRules, type ReviewRules } from '../../../api/admin-settings.js';
import { useGatewayLoad } from '../../../api/use-gateway-load.js';
import { useLocale } from '../../../app/locale-context.js';
import type { ErrorInfo } from '../../../state/suggestion.js';
import { ErrorBar } from '../../../ui/ErrorBar.js';
import { toErrorInfo } from '../../../ui/error-info.js';
import { useScreenLayout } from '../audit/screen-layout.js';
import { disabledFrom, sameList, switchesOf } from './settings-form.js';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  rule: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  what: { display: 'flex', flexDirection: 'column', minWidth: 0, flexBasis: '200px', flexGrow: 1 },
  details: { fontSize: tokens.fontSizeBase200 },
});

export function ReviewRulesSection() {
  const layout = useScreenLayout();
  const styles = useStyles();
  const { locale, t } = useLocale();
  const loaded = useGatewayLoad('settings:review-rules', (l, signal) => getReviewRules(l, signal));
  const [saved, setSaved] = useState<ReviewRules | undefined>();
  const [switches, setSwitches] = useState<Record<string, boolean>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | undefined>();
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (loaded.data && !saved) {
      setSaved(loaded.data);
      setSwitches(switchesOf(loaded.data.rules));
    }
  }, [loaded.data, saved]);

  const heading = (
    <h3 id="settings-review-heading" className={layout.heading}>
      {t('admin.settings.reviewHeading')}
    </h3>
  );

  if (!saved) {
    // A gateway without the format review answers 404 on its route: say so, not "error".
    const missing = loaded.error?.code === 'not_found';
    return (
      <section className={layout.panel} aria-labelledby="settings-review-heading" data-testid="settings-review">
        {heading}
        {missing ? (
          <MessageBar intent="info" data-testid="settings-review-missing">
            <MessageBarBody>{t('admin.settings.reviewMissing')}</MessageBarBody>
          </MessageBar>
        ) : loaded.error ? (
          <ErrorBar error={loaded.error} actions={[{ label: t('error.retry'), onClick: loaded.reload }]} />
        ) : (
          <Spinner size="small" label={t('admin.settings.loading')} />
        )}
      </section>
    );
  }

  const house = saved.rules.filter((r) => r.switchable);
  const standard = saved.rules.filter((r) => !r.switchable);
  const disabled = disabledFrom(saved.rules, switches);
  const dirty = !sameList(disabled, saved.disabledHouseRules);

  const save = async () => {
    setBusy(true);
    setError(undefined);
    setStatus('');
    try {
      const next = await saveReviewRules(disabled, locale);
      setSaved(next);
      setSwitches(switchesOf(next.rules));
      setStatus(t('admin.settings.saved'));
    } catch (err) {
      setError(toErrorInfo(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={layout.panel} aria-labelledby="settings-review-heading" data-testid="settings-review">
      {heading}
      <p className={layout.hint}>{t('admin.settings.reviewIntro')}</p>
      <ul className={styles.list}>
        {house.map((r) => (
          <li key={r.id} className={styles.rule}>
            <span className={styles.what}>
              <Text weight="semibold">{localize(r.name, locale)}</Text>
              <Text size={200} className={layout.mono}>
                {r.id}
              </Text>
            </span>
            <Switch
              checked={switches[r.id] ?? r.enabled}
              onChange={(_e, d) => setSwitches((s) => ({ ...s, [r.id]: d.checked }))}
              label={switches[r.id] ?? r.enabled ? t('admin.settings.ruleOn') : t('admin.settings.ruleOff')}
              aria-label={localize(r.name, locale)}
              data-testid={`rule-${r.id}`}
            />
          </li>
        ))}
      </ul>
      {standard.length > 0 && (
        <details className={styles.details}>
          <summary>{t('admin.settings.standardRules', { count: standard.length })}</summary>
          <ul className={styles.list}>
            {standard.map((r) => (
              <li key={r.id} className={styles.rule}>
                <span className={styles.what}>
                  <Text>{localize(r.name, locale)}</Text>
                  <Text size={200} className={layout.muted}>
                    {localize(r.citation, locale)}
                  </Text>
                </span>
                <Badge appearance="outline" color="informative">
                  {t('admin.settings.alwaysOn')}
                </Badge>
              </li>
            ))}
          </ul>
        </details>
      )}
      {error && <ErrorBar error={error} onDismiss={() => setError(undefined)} />}
      <div className={layout.row}>
        <Button appearance="primary" disabled={!dirty || busy} icon={busy ? <Spinner size="tiny" /> : undefined} onClick={() => void save()} data-testid="review-save">
          {t('admin.settings.save')}
        </Button>
        <Button disabled={!dirty || busy} onClick={() => setSwitches(switchesOf(saved.rules))}>
          {t('admin.settings.undo')}
        </Button>
        <Text role="status" aria-live="polite" className={layout.hint} data-testid="review-status">
          {status}
        </Text>
      </div>
    </section>
  );
}
