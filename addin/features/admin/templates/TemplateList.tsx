/**
 * Every template, archived ones included: status, the latest and the published version, when it
 * was last changed and by whom, kind and hosts. Search, a status filter, New, Import (a JSON
 * file: an export or a bare template) and Export per row.
 */
import { useMemo, useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, SearchBox, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { TEMPLATE_STATUSES, type AdminTemplateSummary } from '../../../../src/core/templates/admin-api.js';
import { importTemplate } from '../../../api/admin.js';
import { useLocale } from '../../../app/locale-context.js';
import type { ErrorInfo } from '../../../state/suggestion.js';
import { ErrorBar } from '../../../ui/ErrorBar.js';
import { toErrorInfo } from '../../../ui/error-info.js';
import { AddIcon } from '../../../ui/icons.js';
import { MessageList } from '../editor/problems-context.js';
import { formatTime, templateTitle } from '../format.js';
import { filterAdminTemplates, type ListFilter } from './list-filter.js';
import { StatusBadge } from './status.js';
import { downloadExport, readJsonFile } from './transfer.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  search: { flexGrow: 1, flexBasis: '200px', minWidth: 0, maxWidth: '100%' },
  status: { flexBasis: '140px', flexGrow: 0, minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  count: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  open: {
    flexGrow: 1,
    flexBasis: '240px',
    minWidth: 0,
    height: 'auto',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    textAlign: 'start',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
  },
  nameLine: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, maxWidth: '100%' },
  name: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1, overflowWrap: 'anywhere' },
  id: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  facts: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  hidden: { display: 'none' },
});

export interface TemplateListProps {
  templates: AdminTemplateSummary[] | undefined;
  error: ErrorInfo | undefined;
  onRetry(): void;
  onOpen(id: string): void;
  onNew(): void;
  /** After an import: the list reloads. */
  onChanged(): void;
}

export function TemplateList({ templates, error, onRetry, onOpen, onNew, onChanged }: TemplateListProps) {
  const styles = useStyles();
  const { locale, t } = useLocale();
  const [filter, setFilter] = useState<ListFilter>({ query: '', status: 'all' });
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<ErrorInfo | undefined>();
  const [notice, setNotice] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const shown = useMemo(() => filterAdminTemplates(templates ?? [], filter, locale), [templates, filter, locale]);

  const importFile = async (file: File) => {
    setBusy(true);
    setActionError(undefined);
    setNotice('');
    try {
      const saved = await importTemplate(await readJsonFile(file), locale);
      setNotice(t('admin.list.imported', { name: templateTitle(saved.summary.name, saved.summary.id, locale), version: saved.version.version }));
      onChanged();
    } catch (err) {
      setActionError(toErrorInfo(err));
    } finally {
      setBusy(false);
    }
  };

  const exportOne = async (id: string) => {
    setActionError(undefined);
    try {
      await downloadExport(id, locale);
    } catch (err) {
      setActionError(toErrorInfo(err));
    }
  };

  return (
    <div className={styles.root} data-testid="admin-template-list">
      <div className={styles.toolbar}>
        <SearchBox
          className={styles.search}
          value={filter.query}
          placeholder={t('admin.list.searchPlaceholder')}
          aria-label={t('admin.list.search')}
          data-testid="admin-search"
          onChange={(_e, d) => setFilter((f) => ({ ...f, query: d.value }))}
        />
        <Select className={styles.status} value={filter.status} aria-label={t('admin.list.statusFilter')} onChange={(_e, d) => setFilter((f) => ({ ...f, status: d.value as ListFilter['status'] }))}>
          <option value="all">{t('admin.list.allStatuses')}</option>
          {TEMPLATE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`admin.status.${s}`)}
            </option>
          ))}
        </Select>
        <div className={styles.buttons}>
          <Button appearance="primary" icon={<AddIcon />} onClick={onNew} data-testid="admin-new">
            {t('admin.list.new')}
          </Button>
          <Button disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined} onClick={() => fileInput.current?.click()} data-testid="admin-import">
            {t('admin.list.import')}
          </Button>
          <input
            ref={fileInput}
            className={styles.hidden}
            type="file"
            accept="application/json,.json"
            aria-hidden="true"
            tabIndex={-1}
            data-testid="admin-import-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </div>
      </div>

      {error && <ErrorBar error={error} actions={[{ label: t('error.retry'), onClick: onRetry }]} />}
      {actionError && (
        <>
          <ErrorBar error={actionError} onDismiss={() => setActionError(undefined)} />
          {actionError.problems && actionError.problems.length > 0 && (
            <MessageBar intent="error" layout="multiline" data-testid="import-problems">
              <MessageBarBody>
                <MessageBarTitle>{t('admin.problems.fromGateway')}</MessageBarTitle>
                <MessageList messages={actionError.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message))} />
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
      {notice && (
        <MessageBar intent="success" data-testid="admin-list-notice">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {!templates && !error && <Spinner size="small" label={t('admin.list.loading')} />}

      {templates && (
        <>
          <Text className={styles.count} role="status">
            {t('admin.list.count', { count: shown.length, total: templates.length })}
          </Text>
          <ul className={styles.list} data-testid="admin-templates">
            {shown.map((s) => (
              <li key={s.id} className={styles.row} data-testid={`admin-template-${s.id}`}>
                <Button appearance="subtle" className={styles.open} onClick={() => onOpen(s.id)} aria-label={t('admin.list.open', { name: templateTitle(s.name, s.id, locale) })}>
                  <span className={styles.nameLine}>
                    <span className={styles.name}>{templateTitle(s.name, s.id, locale)}</span>
                    <StatusBadge status={s.status} />
                  </span>
                  <span className={styles.id}>{s.id}</span>
                  <span className={styles.facts}>
                    <span>{t('admin.list.versions', { latest: s.latestVersion })}</span>
                    <span>{s.publishedVersion !== null ? t('admin.publishedVersion', { version: s.publishedVersion }) : t('admin.list.notPublished')}</span>
                    <span>{t(`kind.${s.kind}`)}</span>
                    <span>{s.hosts.map((h) => t(`admin.host.${h}`)).join(' · ')}</span>
                    <span>{t('admin.list.updated', { time: formatTime(s.updatedAt, locale), by: s.updatedBy })}</span>
                  </span>
                </Button>
                <Button size="small" appearance="subtle" onClick={() => void exportOne(s.id)} aria-label={t('admin.list.exportOne', { name: templateTitle(s.name, s.id, locale) })} data-testid={`export-${s.id}`}>
                  {t('admin.list.export')}
                </Button>
              </li>
            ))}
          </ul>
          {shown.length === 0 && <Text>{templates.length ? t('admin.list.noMatch') : t('admin.list.empty')}</Text>}
        </>
      )}
    </div>
  );
}
