/**
 * A labelled group for fields made of several controls (check boxes, list rows): a fieldset
 * whose legend looks like a Fluent Field label, with help and the validation message tied to
 * the group by aria-describedby.
 */
import { useId, type ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useLocale } from '../../app/locale-context.js';

const useStyles = makeStyles({
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  legend: {
    padding: `0 0 ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  required: { color: tokens.colorPaletteRedForeground3, paddingLeft: tokens.spacingHorizontalXS },
  hint: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground3 },
  error: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorPaletteRedForeground1 },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export interface GroupShellProps {
  label: string;
  required?: boolean;
  hint?: string;
  message?: string;
  testId: string;
  children: ReactNode;
}

export function GroupShell({ label, required, hint, message, testId, children }: GroupShellProps) {
  const styles = useStyles();
  const { t } = useLocale();
  const hintId = useId();
  const errorId = useId();
  const describedBy = [message ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={styles.fieldset} aria-describedby={describedBy} aria-invalid={message ? true : undefined} data-testid={testId}>
      <legend className={styles.legend}>
        {label}
        {required && (
          <>
            <span className={styles.required} aria-hidden="true">
              *
            </span>
            <span className={styles.srOnly}>{t('form.required')}</span>
          </>
        )}
      </legend>
      {children}
      {message && (
        <div id={errorId} className={styles.error} role="alert">
          {message}
        </div>
      )}
      {hint && (
        <div id={hintId} className={styles.hint}>
          {hint}
        </div>
      )}
    </fieldset>
  );
}
