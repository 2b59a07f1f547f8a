/**
 * Picks the pane's host adapter once, at boot: Word inside Word, Outlook inside Outlook, a
 * preview adapter on the preview page, and a document-less browser adapter anywhere else.
 */
import { createBrowserAdapter } from './browser.js';
import type { OfficeInfo } from './office-ready.js';
import { createOutlookAdapter } from './outlook.js';
import type { openOutlookPreview } from './preview-outlook.js';
import { createPreviewAdapter } from './preview.js';
import type { HostAdapter, HostTheme } from './types.js';
import { createWordAdapter } from './word.js';

/**
 * What /preview sets on `window.__WENSHU_PREVIEW__` before the pane's bundle runs.
 * `locale` and `dark` stand in for Office's display language and theme (from ?lang= and ?theme=).
 */
export type PreviewConfig = WordPreviewConfig | OutlookPreviewConfig;

export interface WordPreviewConfig {
  host: 'word';
  /** id of the contenteditable element standing in for the document. */
  documentElementId: string;
  locale?: string;
  dark?: boolean;
}

/** /preview?host=outlook&mode=read|compose&message=<sample id>. */
export interface OutlookPreviewConfig {
  host: 'outlook';
  /** id of the empty element the stand-in Outlook window is built in. */
  stageElementId: string;
  mode: 'read' | 'compose';
  /** A sample message id; the preview shows its default sample when missing or unknown. */
  message?: string;
  locale?: string;
  dark?: boolean;
}

declare global {
  interface Window {
    __WENSHU_PREVIEW__?: unknown;
  }
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/** The preview page's settings, or undefined on any other page (or when they are malformed). */
export function readPreviewConfig(): PreviewConfig | undefined {
  if (typeof window === 'undefined') return undefined;
  const raw = window.__WENSHU_PREVIEW__ as Record<string, unknown> | null | undefined;
  if (!raw || typeof raw !== 'object') return undefined;
  const common = { locale: text(raw.locale), dark: typeof raw.dark === 'boolean' ? raw.dark : undefined };
  if (raw.host === 'word') {
    const documentElementId = text(raw.documentElementId);
    return documentElementId ? { host: 'word', documentElementId, ...common } : undefined;
  }
  if (raw.host === 'outlook') {
    const stageElementId = text(raw.stageElementId);
    if (!stageElementId) return undefined;
    return { host: 'outlook', stageElementId, mode: raw.mode === 'compose' ? 'compose' : 'read', message: text(raw.message), ...common };
  }
  return undefined;
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

const browserLocale = () => (typeof navigator !== 'undefined' ? navigator.language : undefined);

/**
 * The adapter for Word, Outlook, the Word preview or a plain browser. The Outlook preview is
 * loaded on demand by loadHostAdapter.
 */
export function createHostAdapter(info: HostInfo): HostAdapter {
  if (info.host === 'word') return createWordAdapter();
  if (info.host === 'outlook') return createOutlookAdapter();
  const preview = info.host === 'none' ? info.preview : undefined;
  const element = preview?.host === 'word' && typeof document !== 'undefined' ? document.getElementById(preview.documentElementId) : null;
  if (preview && element) {
    return createPreviewAdapter(element, {
      host: 'word',
      locale: preview.locale ?? browserLocale(),
      theme: PREVIEW_THEMES[preview.dark ? 'dark' : 'light'],
    });
  }
  return createBrowserAdapter(info.displayLanguage ?? browserLocale());
}

/** How boot loads the Outlook preview: a dynamic import, so its code and samples are a chunk of their own. */
export type OutlookPreviewLoader = () => Promise<{ openOutlookPreview: typeof openOutlookPreview }>;

/** Boot's entry: createHostAdapter, plus the Outlook preview, which `load` brings in on demand. */
export async function loadHostAdapter(info: HostInfo, load: OutlookPreviewLoader): Promise<HostAdapter> {
  const preview = info.host === 'none' ? info.preview : undefined;
  const stage = preview?.host === 'outlook' && typeof document !== 'undefined' ? document.getElementById(preview.stageElementId) : null;
  if (preview?.host === 'outlook' && stage) {
    const { openOutlookPreview } = await load();
    return openOutlookPreview(stage, {
      mode: preview.mode,
      message: preview.message,
      locale: preview.locale ?? browserLocale(),
      theme: PREVIEW_THEMES[preview.dark ? 'dark' : 'light'],
    });
  }
  return createHostAdapter(info);
}
