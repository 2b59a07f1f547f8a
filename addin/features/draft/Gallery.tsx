/**
 * The first view: search, categories, favourites and recent templates, then all of them.
 * Each row opens its template; the star beside it toggles a favourite (remembered locally).
 */
import { useMemo, useState } from 'react';
import { SearchBox, Spinner, Text, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { TemplateSummary } from '../../api/client.js';
import { useLocale } from '../../app/locale-context.js';
import { ErrorBar } from '../../ui/ErrorBar.js';
import type { ErrorInfo } from '../../state/suggestion.js';
import { categoriesOf, filterTemplates, pickByIds } from './gallery-filter.js';
import { TemplateRow } from './TemplateRow.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  chips: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  heading: {
    margin: 0,
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'baseline',
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
    textTransform: 'uppercase',
    letterSpacing: '0.02em',
  },
  headingText: { margin: 0, font: 'inherit' },
  count: { fontWeight: tokens.fontWeightRegular, textTransform: 'none' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface GalleryProps {
  templates: TemplateSummary[] | undefined;
  error: ErrorInfo | undefined;
  favourites: string[];
  recent: string[];
  onOpen(id: string): void;
  onToggleFavourite(id: string): void;
  onRetry(): void;
}

export function Gallery({ templates, error, favourites, recent, onOpen, onToggleFavourite, onRetry }: GalleryProps) {
  const styles = useStyles();
  const { locale, t } = useLocale();
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<string | undefined>();

  const list = templates ?? [];
  const categories = useMemo(() => categoriesOf(list, locale), [list, locale]);
  const shown = useMemo(() => filterTemplates(list, { query, category }, locale), [list, query, category, locale]);
  const browsing = query.trim() === '' && !category;
  const favList = browsing ? pickByIds(list, favourites) : [];
  const recentList = browsing ? pickByIds(list, recent).filter((tpl) => !favourites.includes(tpl.id)) : [];

  const renderList = (items: TemplateSummary[], section: string) => (
    <ul className={styles.list} data-testid={`gallery-${section}`}>
      {items.map((tpl) => (
        <TemplateRow key={tpl.id} template={tpl} favourite={favourites.includes(tpl.id)} onOpen={onOpen} onToggleFavourite={onToggleFavourite} />
      ))}
    </ul>
  );

  return (
    <div className={styles.root} data-testid="gallery">
      <SearchBox
        value={query}
        onChange={(_e, data) => setQuery(data.value)}
        placeholder={t('gallery.searchPlaceholder')}
        aria-label={t('gallery.search')}
        dismiss={{ 'aria-label': t('gallery.clearSearch') }}
        data-testid="gallery-search"
      />
      {categories.length > 1 && (
        <div role="group" aria-label={t('gallery.categories')} className={styles.chips}>
          <ToggleButton size="small" shape="circular" checked={!category} onClick={() => setCategory(undefined)}>
            {t('gallery.all')}
          </ToggleButton>
          {categories.map((c) => (
            <ToggleButton key={c.id} size="small" shape="circular" checked={category === c.id} onClick={() => setCategory(category === c.id ? undefined : c.id)}>
              {c.label}
            </ToggleButton>
          ))}
        </div>
      )}
      {error && <ErrorBar error={error} actions={[{ label: t('error.retry'), onClick: onRetry }]} />}
      {!templates && !error && <Spinner size="small" label={t('gallery.loading')} />}
      {favList.length > 0 && (
        <section className={styles.section} aria-labelledby="gallery-favourites-heading">
          <h2 id="gallery-favourites-heading" className={styles.heading}>
            {t('gallery.favourites')}
          </h2>
          {renderList(favList, 'favourites')}
        </section>
      )}
      {recentList.length > 0 && (
        <section className={styles.section} aria-labelledby="gallery-recent-heading">
          <h2 id="gallery-recent-heading" className={styles.heading}>
            {t('gallery.recent')}
          </h2>
          {renderList(recentList, 'recent')}
        </section>
      )}
      {templates && (
        <section className={styles.section} aria-labelledby="gallery-all-heading">
          <div className={styles.heading}>
            <h2 id="gallery-all-heading" className={styles.headingText}>
              {category ? categories.find((c) => c.id === category)?.label : t('gallery.templates')}
            </h2>
            <span className={styles.count} role="status" data-testid="gallery-count">
              {t('gallery.count', { count: shown.length })}
            </span>
          </div>
          {shown.length > 0 ? (
            renderList(shown, 'all')
          ) : (
            <Text className={styles.muted}>{templates.length === 0 ? t('gallery.none') : t('gallery.empty')}</Text>
          )}
        </section>
      )}
    </div>
  );
}
