/**
 * In Outlook read mode, the Draft tab's form answers the open message: this says which one, and
 * offers the reply's purpose (preset to the first suggestion), tone and length.
 */
import { Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { INTENT_LABELS } from '../../../src/core/email/labels.js';
import { REPLY_INTENTS, type ReplyIntent } from '../../../src/core/email/types.js';
import { useLocale } from '../../app/locale-context.js';
import { ReplyOptionsBar } from './ReplyOptionsBar.js';
import type { TemplateReply } from './use-template-reply.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: 'anywhere' },
});

export function TemplateReplyOptions({ reply, disabled }: { reply: TemplateReply; disabled?: boolean }) {
  const styles = useStyles();
  const { locale, t } = useLocale();
  const subject = reply.message.subject.trim() || t('reply.noSubject');
  return (
    <div className={styles.root} data-testid="template-reply-options">
      <Text className={styles.hint}>{t('reply.templateAnswers', { subject })}</Text>
      <Field label={t('reply.purpose')}>
        <Select value={reply.intent} disabled={disabled} data-testid="template-reply-intent" onChange={(_e, d) => reply.setIntent(d.value as ReplyIntent)}>
          {REPLY_INTENTS.map((intent) => (
            <option key={intent} value={intent}>
              {INTENT_LABELS[intent][locale]}
            </option>
          ))}
        </Select>
      </Field>
      <ReplyOptionsBar value={reply.options} disabled={disabled} onChange={reply.setOptions} />
    </div>
  );
}
