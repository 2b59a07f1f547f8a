/** Export downloads the gateway's export file; import reads a JSON file the admin picked. */
import type { Locale } from '../../../../src/core/i18n/locale.js';
import { exportTemplate } from '../../../api/admin.js';
import { PaneError } from '../../../ui/error-info.js';

export async function downloadExport(id: string, locale: Locale): Promise<void> {
  const body = await exportTemplate(id, locale);
  const blob = new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `wenshu-template-${id}.json`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The file's JSON; a file that is not JSON is the pane's own error (admin_import_not_json). */
export async function readJsonFile(file: File): Promise<unknown> {
  const text = await file.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new PaneError('admin_import_not_json');
  }
}
