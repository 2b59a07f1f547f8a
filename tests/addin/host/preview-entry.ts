/**
 * Bundled by preview.test.ts for a Chromium page: exposes the preview adapter and the boot
 * helpers on window so the test can drive them with page.evaluate.
 */
import { createHostAdapter, readPreviewConfig } from '../../../addin/host/create.js';
import { createPreviewAdapter } from '../../../addin/host/preview.js';

(window as unknown as Record<string, unknown>).wenshuHost = { createHostAdapter, createPreviewAdapter, readPreviewConfig };
