/**
 * What is being answered: the sender and subject of the open message, and the questions it
 * asks (so the user can check the reply answers them). Mail text is shown as text, never HTML.
 */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { MailMessage } from '../../../src/core/email/types.js';
import { useLocale } from '../../app/locale-context.js';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  from: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  subject: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  questionsTitle: { marginTop: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  questions: { margin: 0, paddingLeft: '1.2em', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: 'anywhere' },
});

/** At most this many questions are listed; a long mail's list would push the suggestions off screen. */
const MAX_QUESTIONS = 3;

export function senderName(message: MailMessage): string {
  return message.from ? message.from.name?.trim() || message.from.address : '';
}

export function MessageSummary({ message, questions }: { message: MailMessage; questions: string[] }) {
  const styles = useStyles();
  const { t } = useLocale();
  const sender = senderName(message);
  const shown = questions.slice(0, MAX_QUESTIONS);
  return (
    <section className={styles.root} aria-label={t('reply.message')} data-testid="reply-message">
      {sender && <Text className={styles.from}>{t('reply.to', { sender })}</Text>}
      <Text className={styles.subject}>{message.subject.trim() || t('reply.noSubject')}</Text>
      {shown.length > 0 && (
        <>
          <Text className={styles.questionsTitle}>{t('reply.questions')}</Text>
          <ul className={styles.questions} data-testid="reply-questions">
            {shown.map((q, i) => (
              <li key={i}>{q}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
