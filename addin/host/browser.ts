/**
 * The pane in a plain browser with no document: nothing to read, nothing to insert into. The UI
 * hides the insert options (supports() is false) and leaves Copy.
 */
import { EMPTY_SELECTION } from './selection.js';
import { HostError, type HostAdapter } from './types.js';

export function createBrowserAdapter(locale?: string): HostAdapter {
  return {
    name: 'browser',
    supports: () => false,
    getSelection: async () => EMPTY_SELECTION,
    insert: async () => {
      throw new HostError('not_supported');
    },
    theme: () => undefined,
    locale: () => locale,
  };
}
