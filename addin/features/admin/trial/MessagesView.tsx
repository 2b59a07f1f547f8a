/** The messages a draft sends to the model, exactly as the gateway built them, one block per message. */
import { useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ChatMessage } from '../../../../src/core/prompt/types.js';
import { useLocale } from '../../../app/locale-context.js';
import { copyToClipboard } from '../../../ui/clipboard.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  message: { minWidth: 0, borderRadius: tokens.borderRadiusMedium, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  role: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  content: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    maxHeight: '480px',
    overflowY: 'auto',
  },
});

export function MessagesView({ messages }: { messages: ChatMessage[] }) {
  const styles = useStyles();
  const { t } = useLocale();
  const [copied, setCopied] = useState(false);
  return (
    <section className={styles.root} aria-labelledby="admin-messages-heading" data-testid="preview-messages">
      <div className={styles.head}>
        <h4 id="admin-messages-heading" className={styles.title}>
          {t('admin.trial.messages')}
        </h4>
        <Button size="small" onClick={() => void copyToClipboard(JSON.stringify(messages, null, 2)).then(setCopied)}>
          {copied ? t('admin.trial.copied') : t('admin.trial.copyJson')}
        </Button>
      </div>
      <Text className={styles.note}>{t('admin.trial.messagesNote')}</Text>
      {messages.map((m, i) => (
        <div key={i} className={styles.message} data-testid={`preview-message-${m.role}`}>
          <h5 className={styles.role}>{t(`admin.trial.role.${m.role}`)}</h5>
          <pre className={styles.content}>{m.content}</pre>
        </div>
      ))}
    </section>
  );
}
