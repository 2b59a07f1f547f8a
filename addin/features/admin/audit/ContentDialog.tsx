/** The prompt and the draft text of one generation, recorded while audit content was on. */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { AuditEntry } from '../../../api/admin-audit.js';
import { useLocale } from '../../../app/locale-context.js';
import { useScreenLayout } from './screen-layout.js';

const useStyles = makeStyles({
  text: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    maxHeight: '240px',
    overflowY: 'auto',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  surface: { maxWidth: 'min(760px, calc(100vw - 24px))' },
});

export function ContentDialog({ entry, onClose }: { entry: AuditEntry | undefined; onClose(): void }) {
  const styles = useStyles();
  const layout = useScreenLayout();
  const { t } = useLocale();
  const content = entry?.content;
  return (
    <Dialog open={!!content} onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface className={styles.surface} data-testid="audit-content">
        <DialogBody>
          <DialogTitle>{t('admin.audit.contentTitle')}</DialogTitle>
          <DialogContent className={layout.section}>
            {content?.truncated && <p className={layout.hint}>{t('admin.audit.truncated')}</p>}
            {content?.outputs.map((text, i) => (
              <section key={`out-${i}`} className={layout.section}>
                <h3 className={layout.heading}>{t('admin.audit.output', { index: i + 1 })}</h3>
                <pre className={styles.text}>{text}</pre>
              </section>
            ))}
            {content?.messages.map((m, i) => (
              <section key={`msg-${i}`} className={layout.section}>
                <h3 className={layout.heading}>{t('admin.audit.message', { role: m.role })}</h3>
                <pre className={styles.text}>{m.content}</pre>
              </section>
            ))}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t('admin.audit.close')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
