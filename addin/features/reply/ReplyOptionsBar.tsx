/**
 * Tone and length of the reply, side by side: two native selects fit the 320 px pane in both
 * languages. Their labels are core's (src/core/email/labels.ts), shared with the gateway.
 */
import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { LENGTH_LABELS, TONE_LABELS } from '../../../src/core/email/labels.js';
import { REPLY_LENGTHS, REPLY_TONES, type ReplyLength, type ReplyTone } from '../../../src/core/email/types.js';
import { useLocale } from '../../app/locale-context.js';
import type { ReplyOptions } from './reply-options.js';

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalM },
});

export interface ReplyOptionsBarProps {
  value: ReplyOptions;
  disabled?: boolean;
  onChange(next: ReplyOptions): void;
}

export function ReplyOptionsBar({ value, disabled, onChange }: ReplyOptionsBarProps) {
  const styles = useStyles();
  const { locale, t } = useLocale();
  return (
    <div className={styles.root} role="group" aria-label={t('reply.options')}>
      <Field label={t('reply.tone')}>
        <Select value={value.tone} disabled={disabled} data-testid="reply-tone" onChange={(_e, d) => onChange({ ...value, tone: d.value as ReplyTone })}>
          {REPLY_TONES.map((tone) => (
            <option key={tone} value={tone}>
              {TONE_LABELS[tone][locale]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('reply.length')}>
        <Select value={value.length} disabled={disabled} data-testid="reply-length" onChange={(_e, d) => onChange({ ...value, length: d.value as ReplyLength })}>
          {REPLY_LENGTHS.map((length) => (
            <option key={length} value={length}>
              {LENGTH_LABELS[length][locale]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
