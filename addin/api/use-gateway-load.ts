/**
 * Loads something from the gateway for a component: aborts on unmount or when the key
 * changes, keeps the error as ErrorInfo, and `reload` fetches again (a retry or a refresh).
 */
import { useCallback, useEffect, useState } from 'react';
import type { Locale } from '../../src/core/i18n/locale.js';
import { useLocale } from '../app/locale-context.js';
import type { ErrorInfo } from '../state/suggestion.js';
import { toErrorInfo } from '../ui/error-info.js';
import { isAbort } from './errors.js';

export interface GatewayLoad<T> {
  data: T | undefined;
  error: ErrorInfo | undefined;
  reload(): void;
}

/**
 * `key` names what is loaded; `load` is called again only when the key changes or on reload.
 * The language is not part of the key: names carry both languages and errors are re-localised
 * by code, so switching language needs no refetch.
 */
export function useGatewayLoad<T>(key: string, load: (locale: Locale, signal: AbortSignal) => Promise<T>): GatewayLoad<T> {
  const { locale } = useLocale();
  const [data, setData] = useState<T | undefined>();
  const [error, setError] = useState<ErrorInfo | undefined>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    setError(undefined);
    load(locale, abort.signal).then(setData, (err: unknown) => {
      if (!isAbort(err)) setError(toErrorInfo(err));
    });
    return () => abort.abort();
    // Only the key and reload refetch; see the comment above.
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data, error, reload };
}
