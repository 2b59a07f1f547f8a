/**
 * Bundled by preview-outlook.test.ts and added to the served Outlook preview page: exposes the
 * preview adapter and the boot helpers on window, so the test can build a second adapter over
 * the stage the pane's own boot mounted and drive it with page.evaluate.
 */
import { readPreviewConfig } from '../../../addin/host/create.js';
import { createPreviewOutlookAdapter } from '../../../addin/host/preview-outlook.js';

(window as unknown as Record<string, unknown>).wenshuOutlook = { createPreviewOutlookAdapter, readPreviewConfig };
