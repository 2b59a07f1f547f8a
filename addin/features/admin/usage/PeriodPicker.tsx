/** The usage period: last 7, 30 or 90 days, or two dates. */
import { useState } from 'react';
import { Button, Field, Input, ToggleButton } from '@fluentui/react-components';
import { useLocale } from '../../../app/locale-context.js';
import { useScreenLayout } from '../audit/screen-layout.js';
import { MAX_DAYS, PRESETS, presetRange, rangeProblem, type Preset } from './period.js';

export type Period = { preset: Preset } | { preset: 'custom'; from: string; to: string };

export function rangeOf(period: Period, today: Date): { from: string; to: string } {
  return period.preset === 'custom' ? { from: period.from, to: period.to } : presetRange(period.preset, today);
}

export function PeriodPicker({ value, onChange }: { value: Period; onChange(next: Period): void }) {
  const layout = useScreenLayout();
  const { t } = useLocale();
  const initial = rangeOf(value, new Date());
  const [custom, setCustom] = useState(value.preset === 'custom');
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const problem = custom ? rangeProblem(from, to) : undefined;

  return (
    <div className={layout.section} data-testid="usage-period">
      <div className={layout.row} role="group" aria-label={t('admin.usage.period')}>
        {PRESETS.map((days) => (
          <ToggleButton
            key={days}
            size="small"
            checked={!custom && value.preset === days}
            onClick={() => {
              setCustom(false);
              onChange({ preset: days });
            }}
            data-testid={`usage-last-${days}`}
          >
            {t('admin.usage.lastDays', { days })}
          </ToggleButton>
        ))}
        <ToggleButton size="small" checked={custom} onClick={() => setCustom(true)} data-testid="usage-custom">
          {t('admin.usage.custom')}
        </ToggleButton>
      </div>
      {custom && (
        <form
          className={layout.grid}
          onSubmit={(e) => {
            e.preventDefault();
            if (!problem) onChange({ preset: 'custom', from, to });
          }}
          noValidate
        >
          <Field label={t('admin.usage.from')} validationState={problem ? 'error' : 'none'} validationMessage={problem ? t(`admin.usage.${problem}`, { max: MAX_DAYS }) : undefined}>
            <Input type="date" value={from} onChange={(_e, d) => setFrom(d.value)} data-testid="usage-from" />
          </Field>
          <Field label={t('admin.usage.to')}>
            <Input type="date" value={to} onChange={(_e, d) => setTo(d.value)} data-testid="usage-to" />
          </Field>
          <div>
            <Button type="submit" appearance="primary" disabled={!!problem} data-testid="usage-apply">
              {t('admin.usage.apply')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
