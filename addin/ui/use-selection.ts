/**
 * The document's current selection, read through the host adapter: on mount, whenever the
 * host reports a change (where it can), and on demand ("Use selection").
 */
import { useCallback, useEffect, useState } from 'react';
import { useHost } from '../app/host-context.js';
import { HostError, type HostSelection } from '../host/types.js';
import type { ErrorInfo } from '../state/suggestion.js';
import { toErrorInfo } from './error-info.js';

export interface SelectionState {
  selection: HostSelection | undefined;
  error: ErrorInfo | undefined;
  refresh(): Promise<HostSelection | undefined>;
  /** Whether the host reports selection changes by itself. */
  live: boolean;
}

const EMPTY: HostSelection = { text: '', paragraphs: [] };

export function useSelection(options: { follow?: boolean } = {}): SelectionState {
  const host = useHost();
  const follow = options.follow ?? true;
  const canRead = host.supports('readSelection');
  const [selection, setSelection] = useState<HostSelection | undefined>();
  const [error, setError] = useState<ErrorInfo | undefined>();

  const refresh = useCallback(async () => {
    if (!canRead) return undefined;
    try {
      const next = await host.getSelection();
      setSelection(next);
      setError(undefined);
      return next;
    } catch (err) {
      // Nothing selected is a normal state here, not an error to show.
      if (err instanceof HostError && err.code === 'selection_empty') {
        setSelection(EMPTY);
        setError(undefined);
        return EMPTY;
      }
      setError(toErrorInfo(err));
      return undefined;
    }
  }, [host, canRead]);

  useEffect(() => {
    void refresh();
    if (!follow || !host.onSelectionChanged) return;
    return host.onSelectionChanged(() => void refresh());
  }, [host, refresh, follow]);

  return { selection, error, refresh, live: follow && !!host.onSelectionChanged };
}
