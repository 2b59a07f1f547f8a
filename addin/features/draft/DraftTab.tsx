/**
 * The Draft tab: the gallery, or the open template's workspace (form + suggestion), loaded
 * on demand so the first view stays small. Which template is open survives a reload.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { Spinner } from '@fluentui/react-components';
import type { TemplateHost } from '../../../src/core/templates/schema.js';
import { listTemplates, type TemplateSummary } from '../../api/client.js';
import { isAbort } from '../../api/errors.js';
import { useLocale } from '../../app/locale-context.js';
import { appStore } from '../../state/app-store.js';
import { draftStore } from '../../state/draft-store.js';
import { loadFavourites, loadRecent, pushRecent, toggleFavourite } from '../../state/prefs.js';
import type { ErrorInfo } from '../../state/suggestion.js';
import { toErrorInfo } from '../../ui/error-info.js';
import { Gallery } from './Gallery.js';

const DraftWorkspace = lazy(() => import(/* webpackChunkName: "draft" */ './DraftWorkspace.js'));

export function DraftTab({ templateHost }: { templateHost?: TemplateHost }) {
  const { locale, t } = useLocale();
  const store = appStore();
  const [openId, setOpenId] = useState<string | undefined>(() => draftStore.loadOpenTemplate(store));
  const [templates, setTemplates] = useState<TemplateSummary[] | undefined>();
  const [error, setError] = useState<ErrorInfo | undefined>();
  const [favourites, setFavourites] = useState(() => loadFavourites(store));
  const [recent, setRecent] = useState(() => loadRecent(store));
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    setError(undefined);
    listTemplates(templateHost, locale, abort.signal).then(setTemplates, (err: unknown) => {
      if (!isAbort(err)) setError(toErrorInfo(err));
    });
    return () => abort.abort();
    // Names carry both languages, so a language switch needs no refetch: only a retry does.
  }, [templateHost, reloads]);

  const open = useCallback(
    (id: string) => {
      setRecent(pushRecent(store, id));
      draftStore.saveOpenTemplate(store, id);
      setOpenId(id);
    },
    [store],
  );

  const back = useCallback(() => {
    draftStore.saveOpenTemplate(store, undefined);
    setOpenId(undefined);
    setReloads((n) => n + 1); // pick up templates published or withdrawn meanwhile
  }, [store]);

  if (openId) {
    return (
      <Suspense fallback={<Spinner size="small" label={t('form.loading')} />}>
        <DraftWorkspace key={openId} templateId={openId} onBack={back} />
      </Suspense>
    );
  }
  return (
    <Gallery
      templates={templates}
      error={error}
      favourites={favourites}
      recent={recent}
      onOpen={open}
      onToggleFavourite={(id) => setFavourites(toggleFavourite(store, id))}
      onRetry={() => setReloads((n) => n + 1)}
    />
  );
}
