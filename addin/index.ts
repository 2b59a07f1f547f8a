/**
 * Boot: wait for Office once, pick the language, then show the pane. The drafting panes
 * arrive in later issues; this page proves the gateway, office.js and the manifests work.
 */
import { pickLocale } from '../src/core/i18n/locale.js';
import { officeReady } from './host/office-ready.js';
import { listTemplates } from './api/client.js';
import { t } from './i18n/messages.js';

function el(tag: string, text: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

async function boot(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) return;
  const info = await officeReady();
  const locale = pickLocale(info.displayLanguage ?? navigator.language);
  document.documentElement.lang = locale;
  document.title = t(locale, 'title');
  root.replaceChildren(el('h1', t(locale, 'title')), el('p', t(locale, 'tagline'), 'tagline'), el('p', t(locale, 'loading'), 'status'));
  const hostKey = info.host === 'word' ? 'hostWord' : info.host === 'outlook' ? 'hostOutlook' : 'hostNone';
  const status = root.querySelector('.status') as HTMLElement;
  try {
    const templates = await listTemplates(locale, info.host === 'none' ? undefined : info.host);
    status.textContent = t(locale, 'connected', { count: templates.length });
    status.setAttribute('role', 'status');
  } catch (err) {
    status.textContent = t(locale, 'offline', { detail: (err as Error).message });
    status.className = 'status error';
    status.setAttribute('role', 'alert');
  }
  root.append(el('p', t(locale, hostKey)), el('p', t(locale, 'comingSoon'), 'muted'));
}

void boot();
