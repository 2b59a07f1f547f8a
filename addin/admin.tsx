/**
 * Boot of /admin, the admin console in a normal browser: no Office, no document. The language
 * is the one the pane last used here, else the browser's.
 */
import './app/no-eval.js';
import { createRoot } from 'react-dom/client';
import { pickLocale } from '../src/core/i18n/locale.js';
import { AdminPage } from './features/admin/page/AdminPage.js';
import { appStore } from './state/app-store.js';
import { loadLocale } from './state/prefs.js';

function boot(): void {
  const root = document.getElementById('root');
  if (!root) return;
  const locale = loadLocale(appStore()) ?? pickLocale(navigator.language);
  document.documentElement.lang = locale;
  createRoot(root).render(<AdminPage initialLocale={locale} />);
}

boot();
