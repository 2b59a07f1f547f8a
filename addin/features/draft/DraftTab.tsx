/**
 * The Draft tab: the gallery, or the open template's workspace (form + suggestion), loaded
 * on demand so the first view stays small. Which template is open survives a reload.
 */
import { lazy, Suspense, useCallback, useState } from 'react';
import { Spinner } from '@fluentui/react-components';
import type { TemplateHost } from '../../../src/core/templates/schema.js';
import { listTemplates } from '../../api/client.js';
import { useGatewayLoad } from '../../api/use-gateway-load.js';
import { useLocale } from '../../app/locale-context.js';
import { appStore } from '../../state/app-store.js';
import { draftStore } from '../../state/draft-store.js';
import { loadFavourites, loadRecent, pushRecent, toggleFavourite } from '../../state/prefs.js';
import { Gallery } from './Gallery.js';

const DraftWorkspace = lazy(() => import(/* webpackChunkName: "draft" */ './DraftWorkspace.js'));

export function DraftTab({ templateHost }: { templateHost?: TemplateHost }) {
  const { t } = useLocale();
  const store = appStore();
  const [openId, setOpenId] = useState<string | undefined>(() => draftStore.loadOpenTemplate(store));
  const { data: templates, error, reload } = useGatewayLoad(templateHost ?? 'all', (lang, signal) => listTemplates(templateHost, lang, signal));
  const [favourites, setFavourites] = useState(() => loadFavourites(store));
  const [recent, setRecent] = useState(() => loadRecent(store));

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
    reload(); // pick up templates published or withdrawn meanwhile
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
      onRetry={reload}
    />
  );
}
