/** The suggested replies for the open message: one button per intent, the chosen one pressed. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ReplyIntent } from '../../../src/core/email/types.js';
import { useLocale } from '../../app/locale-context.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  item: { display: 'flex' },
  button: { flexGrow: 1, justifyContent: 'flex-start', textAlign: 'start', minWidth: 0, paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
});

export interface IntentChoice {
  intent: ReplyIntent;
  label: string;
}

export interface IntentListProps {
  choices: IntentChoice[];
  active: ReplyIntent | undefined;
  onPick(intent: ReplyIntent): void;
}

export function IntentList({ choices, active, onPick }: IntentListProps) {
  const styles = useStyles();
  const { t } = useLocale();
  return (
    <ul className={styles.root} aria-label={t('reply.suggested')} data-testid="reply-intents">
      {choices.map(({ intent, label }) => (
        <li key={intent} className={styles.item}>
          <Button
            className={styles.button}
            appearance={intent === active ? 'primary' : 'secondary'}
            aria-pressed={intent === active}
            data-testid={`reply-intent-${intent}`}
            onClick={() => onPick(intent)}
          >
            {label}
          </Button>
        </li>
      ))}
    </ul>
  );
}
