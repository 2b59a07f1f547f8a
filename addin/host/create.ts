/**
 * Picks the pane's host adapter once, at boot: Word inside Word, the preview adapter on the
 * preview page, and a document-less browser adapter anywhere else.
 */
import { createBrowserAdapter } from './browser.js';
import type { OfficeInfo } from './office-ready.js';
import { createPreviewAdapter } from './preview.js';
import type { HostAdapter, HostTheme } from './types.js';
import { createWordAdapter } from './word.js';

/**
 * What /preview sets on `window.__WENSHU_PREVIEW__` before the pane's bundle runs.
 * `locale` and `dark` stand in for Office's display language and theme (from ?lang= and ?theme=).
 */
export interface PreviewConfig {
  host: 'word';
  /** id of the contenteditable element standing in for the document. */
  documentElementId: string;
  locale?: string;
  dark?: boolean;
}

declare global {
  interface Window {
    __WENSHU_PREVIEW__?: unknown;
  }
}

/** The preview page's settings, or undefined on any other page (or when they are malformed). */
export function readPreviewConfig(): PreviewConfig | undefined {
  if (typeof window === 'undefined') return undefined;
  const raw = window.__WENSHU_PREVIEW__ as Partial<PreviewConfig> | null | undefined;
  if (!raw || typeof raw !== 'object' || raw.host !== 'word' || typeof raw.documentElementId !== 'string' || !raw.documentElementId) return undefined;
  return {
    host: 'word',
    documentElementId: raw.documentElementId,
    locale: typeof raw.locale === 'string' && raw.locale ? raw.locale : undefined,
    dark: typeof raw.dark === 'boolean' ? raw.dark : undefined,
  };
}

export interface HostInfo extends OfficeInfo {
  /** From readPreviewConfig(); ignored inside Office. */
  preview?: PreviewConfig;
}

const PREVIEW_THEMES: Record<'light' | 'dark', HostTheme> = {
  // Office's White and Black themes' pane colours.
  light: { dark: false, background: '#ffffff', foreground: '#242424' },
  dark: { dark: true, background: '#292929', foreground: '#ffffff' },
};

export function createHostAdapter(info: HostInfo): HostAdapter {
  if (info.host === 'word') return createWordAdapter();
  const preview = info.host === 'none' ? info.preview : undefined;
  const element = preview && typeof document !== 'undefined' ? document.getElementById(preview.documentElementId) : null;
  if (preview && element) {
    return createPreviewAdapter(element, {
      host: preview.host,
      locale: preview.locale ?? (typeof navigator !== 'undefined' ? navigator.language : undefined),
      theme: PREVIEW_THEMES[preview.dark ? 'dark' : 'light'],
    });
  }
  // Outlook's adapter arrives with the Outlook issue; until then Outlook gets the document-less adapter.
  return createBrowserAdapter(info.displayLanguage ?? (typeof navigator !== 'undefined' ? navigator.language : undefined));
}
