/** One Fluent MessageBar per error: what happened, what to do, and the action that does it. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useLocale } from '../app/locale-context.js';
import type { ErrorInfo } from '../state/suggestion.js';
import { describeError } from './describe-error.js';
import { DismissIcon } from './icons.js';

export interface ErrorAction {
  label: string;
  onClick(): void;
}

export interface ErrorBarProps {
  error: ErrorInfo;
  actions?: ErrorAction[];
  onDismiss?(): void;
}

export function ErrorBar({ error, actions = [], onDismiss }: ErrorBarProps) {
  const { locale, t } = useLocale();
  const text = describeError(error, locale);
  return (
    <MessageBar intent={text.intent} layout="multiline" politeness={text.intent === 'error' ? 'assertive' : 'polite'} data-testid="error-bar" data-code={error.code}>
      <MessageBarBody>
        <MessageBarTitle>{text.title}</MessageBarTitle>
        <div>{text.body}</div>
      </MessageBarBody>
      {(actions.length > 0 || onDismiss) && (
        <MessageBarActions
          containerAction={
            onDismiss ? <Button appearance="transparent" size="small" icon={<DismissIcon />} aria-label={t('error.dismiss')} onClick={onDismiss} /> : undefined
          }
        >
          {actions.map((a) => (
            <Button key={a.label} size="small" onClick={a.onClick}>
              {a.label}
            </Button>
          ))}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
