/**
 * Boot, once: wait for Office, build the host's adapter (Word's or Outlook's, or the preview
 * page's stand-in for either), choose the language, and render the pane. Only this file knows
 * which host it is in; components ask the adapter what it supports.
 */
import './app/no-eval.js';
import { createRoot } from 'react-dom/client';
import { pickLocale } from '../src/core/i18n/locale.js';
import type { TemplateHost } from '../src/core/templates/schema.js';
import { App } from './app/App.js';
import { loadHostAdapter, readPreviewConfig } from './host/create.js';
import { officeReady } from './host/office-ready.js';
import { createAuthHost } from './host/auth.js';
import { configureCredentials } from './api/credentials.js';
import type { HostAdapter } from './host/types.js';
import { appStore } from './state/app-store.js';
import { loadLocale } from './state/prefs.js';

/** Which templates the gallery lists: those written for this kind of host. */
function templateHostOf(adapter: HostAdapter): TemplateHost | undefined {
  if (adapter.name === 'word' || adapter.name === 'preview-word') return 'word';
  if (adapter.name === 'outlook' || adapter.name === 'preview-outlook') return 'outlook';
  return undefined;
}

async function boot(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) return;
  const info = await officeReady();
  const adapter = await loadHostAdapter({ ...info, preview: readPreviewConfig() }, () =>
    import(/* webpackChunkName: "preview-outlook" */ './host/preview-outlook.js'),
  );
  const auth = createAuthHost(info.host !== 'none');
  configureCredentials({ partitionKey: auth.partitionKey() });
  const initialLocale = loadLocale(appStore()) ?? pickLocale(adapter.locale() ?? info.displayLanguage ?? navigator.language);
  document.documentElement.lang = initialLocale;
  createRoot(root).render(<App adapter={adapter} initialLocale={initialLocale} templateHost={templateHostOf(adapter)} auth={auth} />);
}

void boot();
