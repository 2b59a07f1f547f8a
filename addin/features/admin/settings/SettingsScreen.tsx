/** Gateway settings an admin changes at run time: the audit's, and the format review's house rules. */
import { useLocale } from '../../../app/locale-context.js';
import { useScreenLayout } from '../audit/screen-layout.js';
import { AuditSettingsSection } from './AuditSettingsSection.js';
import { ReviewRulesSection } from './ReviewRulesSection.js';

export function SettingsScreen() {
  const layout = useScreenLayout();
  const { t } = useLocale();
  return (
    <div className={layout.root} data-testid="settings-screen">
      <header className={layout.header}>
        <h2 className={layout.title}>{t('admin.settings.title')}</h2>
        <p className={layout.hint}>{t('admin.settings.intro')}</p>
      </header>
      <AuditSettingsSection />
      <ReviewRulesSection />
    </div>
  );
}

/** The console loads each screen lazily, as the default export. */
export default SettingsScreen;
