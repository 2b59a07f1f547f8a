/**
 * The audit: who generated what, when, with which template version or action, on which host
 * and model, how many tokens and how long, how it ended, and what the user did with it
 * (accept / discard rows). Filters, paging, and the same filters as a CSV download.
 */
import { useRef, useState } from 'react';
import { Badge, Button, MessageBar, MessageBarBody, Select, Spinner, Text, ToggleButton } from '@fluentui/react-components';
import { downloadAuditCsv, listAudit, type AuditEntry } from '../../../api/admin-audit.js';
import { getAuditSettings } from '../../../api/admin-settings.js';
import { listAdminTemplates } from '../../../api/admin.js';
import { isAbort } from '../../../api/errors.js';
import { useGatewayLoad } from '../../../api/use-gateway-load.js';
import { useLocale } from '../../../app/locale-context.js';
import type { ErrorInfo } from '../../../state/suggestion.js';
import { ErrorBar } from '../../../ui/ErrorBar.js';
import { toErrorInfo } from '../../../ui/error-info.js';
import { formatTime, templateTitle } from '../format.js';
import { AuditFilterBar } from './AuditFilterBar.js';
import { ContentDialog } from './ContentDialog.js';
import { DataTable, type Column } from './DataTable.js';
import { DEFAULT_PAGE_SIZE, EMPTY_FILTERS, PAGE_SIZES, durationText, outcomeTone, pageCount, pageSpan, subjectOf, toFilters, tokensText, who, type FilterForm } from './audit-view.js';
import { saveFile } from './save-file.js';
import { useScreenLayout } from './screen-layout.js';
import { NARROW, useWidth } from '../../../ui/use-width.js';

export function AuditScreen() {
  const layout = useScreenLayout();
  const { locale, t } = useLocale();
  const root = useRef<HTMLDivElement>(null);
  const narrow = useWidth(root) < NARROW;
  const [form, setForm] = useState<FilterForm>(EMPTY_FILTERS);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState<number>(DEFAULT_PAGE_SIZE);
  const [tick, setTick] = useState(0);
  const [shown, setShown] = useState<AuditEntry | undefined>();
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<ErrorInfo | undefined>();
  // In the pane the six filters would push the entries a screen down: they fold away there.
  const [filtersOpen, setFiltersOpen] = useState(false);

  const checked = toFilters(form);
  const filters = 'filters' in checked ? checked.filters : {};
  const key = JSON.stringify({ filters, page, pageSize, tick });
  const list = useGatewayLoad(key, async (l, signal) => ({ key, page: await listAudit(filters, page, pageSize, l, signal) }));
  const settings = useGatewayLoad('audit-settings', (l, signal) => getAuditSettings(l, signal));
  const templates = useGatewayLoad('audit-templates', (l, signal) => listAdminTemplates(l, signal));
  const loading = !list.error && list.data?.key !== key;
  const result = list.data?.page;
  const total = result?.total ?? 0;
  const pages = pageCount(total, pageSize);
  const span = pageSpan(page, pageSize, total);

  const apply = (next: FilterForm) => {
    setForm(next);
    setPage(1);
    setTick((n) => n + 1);
  };

  const exportCsv = async () => {
    setExporting(true);
    setExportError(undefined);
    try {
      const file = await downloadAuditCsv(filters, locale);
      saveFile(file.blob, file.filename);
    } catch (err) {
      if (!isAbort(err)) setExportError(toErrorInfo(err));
    } finally {
      setExporting(false);
    }
  };

  const outcome = (e: AuditEntry) => (
    <span className={layout.row}>
      <Badge appearance="tint" color={outcomeTone(e.outcome)} data-testid="audit-outcome-badge" data-outcome={e.outcome}>
        {t(`admin.audit.outcome.${e.outcome}`)}
      </Badge>
      {e.errorCode && <span className={layout.mono}>{e.errorCode}</span>}
      {e.event !== 'generation' && e.candidate !== null && (
        <span className={layout.muted}>
          {e.msSinceDone !== null
            ? t('admin.audit.candidateAfter', { index: e.candidate + 1, after: durationText(e.msSinceDone, locale) })
            : t('admin.audit.candidate', { index: e.candidate + 1 })}
        </span>
      )}
    </span>
  );

  const columns: Column<AuditEntry>[] = [
    { key: 'when', header: t('admin.audit.when'), cell: (e) => <span className={layout.nowrap}>{formatTime(e.at, locale)}</span>, wideOnly: true },
    { key: 'who', header: t('admin.audit.who'), cell: (e) => who(e), wideOnly: true },
    {
      key: 'what',
      header: t('admin.audit.what'),
      cell: (e) => (
        <span className={layout.row}>
          <span className={layout.mono}>{subjectOf(e)}</span>
          <span className={layout.muted}>{t(`admin.audit.kind.${e.kind}`)}</span>
        </span>
      ),
    },
    { key: 'host', header: t('admin.audit.host'), cell: (e) => e.host ?? '–' },
    { key: 'model', header: t('admin.audit.model'), cell: (e) => e.model ?? '–' },
    { key: 'tokens', header: t('admin.audit.tokens'), cell: (e) => tokensText(e, locale), numeric: true },
    { key: 'duration', header: t('admin.audit.duration'), cell: (e) => durationText(e.durationMs, locale), numeric: true },
    { key: 'outcome', header: t('admin.audit.outcome'), cell: outcome },
  ];
  // The text column only while some entry on the page has recorded text.
  if (result?.entries.some((e) => e.content)) {
    columns.push({
      key: 'text',
      header: t('admin.audit.text'),
      cell: (e) =>
        e.content ? (
          <Button size="small" onClick={() => setShown(e)} data-testid="audit-show-text">
            {t('admin.audit.showText')}
          </Button>
        ) : null,
    });
  }

  const templateChoices = (templates.data ?? []).map((s) => ({ id: s.id, label: templateTitle(s.name, s.id, locale) }));

  return (
    <div ref={root} className={layout.root} data-testid="audit-screen">
      <header className={layout.spread}>
        <div className={layout.header}>
          <h2 className={layout.title}>{t('admin.audit.title')}</h2>
          <p className={layout.hint}>{t('admin.audit.intro')}</p>
        </div>
        <div className={layout.row}>
          <Button onClick={() => setTick((n) => n + 1)} data-testid="audit-refresh">
            {t('admin.audit.refresh')}
          </Button>
          <Button appearance="primary" onClick={() => void exportCsv()} disabled={exporting} icon={exporting ? <Spinner size="tiny" /> : undefined} data-testid="audit-export">
            {t('admin.audit.export')}
          </Button>
        </div>
      </header>

      {settings.data && !settings.data.auditContent && (
        <MessageBar intent="info" layout="multiline" data-testid="audit-content-off">
          <MessageBarBody>{t('admin.audit.contentOff')}</MessageBarBody>
        </MessageBar>
      )}
      {exportError && <ErrorBar error={exportError} onDismiss={() => setExportError(undefined)} />}

      {narrow && (
        <ToggleButton
          checked={filtersOpen}
          aria-expanded={filtersOpen}
          aria-controls="audit-filter-panel"
          onClick={() => setFiltersOpen((o) => !o)}
          data-testid="audit-filters-toggle"
        >
          {t('admin.audit.showFilters', { count: Object.keys(filters).length })}
        </ToggleButton>
      )}
      {/* Hidden, not unmounted: what was typed but not applied yet stays. */}
      <div id="audit-filter-panel" hidden={narrow && !filtersOpen}>
        <AuditFilterBar initial={form} templates={templateChoices} onApply={apply} />
      </div>

      <section className={layout.section} aria-labelledby="audit-list-heading">
        <div className={layout.spread}>
          <h3 id="audit-list-heading" className={layout.heading}>
            {t('admin.audit.entries')}
          </h3>
          {result && (
            <Text role="status" className={layout.hint} data-testid="audit-count">
              {total === 0 ? t('admin.audit.none') : t('admin.audit.span', { first: span.first, last: span.last, total })}
            </Text>
          )}
        </div>
        {list.error && <ErrorBar error={list.error} actions={[{ label: t('error.retry'), onClick: list.reload }]} />}
        {loading && <Spinner size="small" label={t('admin.audit.loading')} />}
        {result && result.entries.length > 0 && (
          <DataTable
            rows={result.entries}
            columns={columns}
            rowKey={(e) => e.id}
            narrow={narrow}
            label={t('admin.audit.entries')}
            cardTitle={(e) => `${formatTime(e.at, locale)} · ${who(e)}`}
            testId="audit-list"
            rowTestId={(e) => `audit-${e.event}`}
          />
        )}
        {result && total > 0 && (
          <nav className={layout.spread} aria-label={t('admin.audit.paging')}>
            <div className={layout.row}>
              <Button size="small" disabled={page <= 1 || loading} onClick={() => setPage((p) => p - 1)} data-testid="audit-prev">
                {t('admin.audit.previous')}
              </Button>
              <Text>{t('admin.audit.page', { page, pages })}</Text>
              <Button size="small" disabled={page >= pages || loading} onClick={() => setPage((p) => p + 1)} data-testid="audit-next">
                {t('admin.audit.next')}
              </Button>
            </div>
            <label className={layout.row}>
              <span className={layout.hint}>{t('admin.audit.pageSize')}</span>
              <Select
                size="small"
                value={String(pageSize)}
                onChange={(_e, d) => {
                  setPageSize(Number(d.value));
                  setPage(1);
                }}
              >
                {PAGE_SIZES.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </Select>
            </label>
          </nav>
        )}
      </section>

      <ContentDialog entry={shown} onClose={() => setShown(undefined)} />
    </div>
  );
}

/** The console loads each screen lazily, as the default export. */
export default AuditScreen;
