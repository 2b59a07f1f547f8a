/** Loads the published version of one template; `reload` fetches it again (after an update). */
import { useCallback, useEffect, useState } from 'react';
import { getTemplate, type PublishedTemplate } from '../../api/client.js';
import { isAbort } from '../../api/errors.js';
import { useLocale } from '../../app/locale-context.js';
import type { ErrorInfo } from '../../state/suggestion.js';
import { toErrorInfo } from '../../ui/error-info.js';

export interface TemplateLoad {
  published: PublishedTemplate | undefined;
  error: ErrorInfo | undefined;
  reload(): void;
}

export function useTemplate(id: string): TemplateLoad {
  const { locale } = useLocale();
  const [published, setPublished] = useState<PublishedTemplate | undefined>();
  const [error, setError] = useState<ErrorInfo | undefined>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    setError(undefined);
    getTemplate(id, locale, abort.signal).then(setPublished, (err: unknown) => {
      if (!isAbort(err)) setError(toErrorInfo(err));
    });
    return () => abort.abort();
    // The language only affects error messages, which the pane re-localises by code.
  }, [id, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { published, error, reload };
}
