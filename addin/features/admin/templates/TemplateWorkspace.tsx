/**
 * One template open in the console: edit it, try it (preview and test generation), and see its
 * versions. Saves are new versions on top of the version the editor started from; when someone
 * else saved meanwhile the gateway refuses (409) and the conflict panel keeps both texts.
 */
import { useCallback, useEffect, useReducer, useState } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { AdminTemplateSummary } from '../../../../src/core/templates/admin-api.js';
import { validateTemplate } from '../../../../src/core/templates/validate.js';
import { createTemplate, getAdminTemplate, publishVersion, saveTemplateVersion } from '../../../api/admin.js';
import { GatewayError, isAbort } from '../../../api/errors.js';
import { useLocale } from '../../../app/locale-context.js';
import type { ErrorInfo } from '../../../state/suggestion.js';
import { ErrorBar } from '../../../ui/ErrorBar.js';
import { toErrorInfo } from '../../../ui/error-info.js';
import { BackIcon } from '../../../ui/icons.js';
import { ConfirmDialog, type ConfirmRequest } from '../ConfirmDialog.js';
import { editorReducer, initEditor } from '../editor/editor-state.js';
import { useLiveValidation } from '../editor/live-validation.js';
import { MessageList } from '../editor/problems-context.js';
import { TemplateEditor } from '../editor/TemplateEditor.js';
import { emptyTemplate, type DraftTemplate } from '../editor/template-draft.js';
import { templateTitle } from '../format.js';
import { TrialPanel } from '../trial/TrialPanel.js';
import { VersionsPanel } from '../versions/VersionsPanel.js';
import { ConflictPanel, type Conflict } from './ConflictPanel.js';
import { SaveBar } from './SaveBar.js';
import { StatusBadge } from './status.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  back: { alignSelf: 'flex-start', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  tabs: { flexWrap: 'wrap' },
});

type View = 'edit' | 'try' | 'versions';

export interface TemplateWorkspaceProps {
  /** The template to open; undefined starts a new one. */
  templateId?: string;
  onBack(): void;
  /** Saves and state changes: the list should refresh. */
  onChanged(): void;
}

const snapshot = (draft: DraftTemplate) => JSON.stringify(draft);

export default function TemplateWorkspace({ templateId, onBack, onChanged }: TemplateWorkspaceProps) {
  const styles = useStyles();
  const { locale, t } = useLocale();
  const [id, setId] = useState(templateId);
  const [summary, setSummary] = useState<AdminTemplateSummary | undefined>();
  const [loadError, setLoadError] = useState<ErrorInfo | undefined>();
  const [state, dispatch] = useReducer(editorReducer, undefined, () => initEditor(emptyTemplate()));
  /** The version the editor's text started from: what a save builds on. */
  const [base, setBase] = useState<number | undefined>();
  const [saved, setSaved] = useState(() => (templateId ? '' : snapshot(emptyTemplate())));
  const [view, setView] = useState<View>('edit');
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<ErrorInfo | undefined>();
  const [blocked, setBlocked] = useState(0);
  const [notice, setNotice] = useState('');
  const [conflict, setConflict] = useState<Conflict | undefined>();
  const [showing, setShowing] = useState<'mine' | 'theirs'>('mine');
  const [revision, setRevision] = useState(0);
  const [confirm, setConfirm] = useState<ConfirmRequest | undefined>();
  const live = useLiveValidation(state.draft, locale);

  const loaded = !id || base !== undefined;
  const dirty = loaded && snapshot(state.draft) !== saved;
  const creating = !id;

  /** Fetches the template; the editor takes the latest version unless it holds unsaved work. */
  const refresh = useCallback(
    async (opts: { replaceEditor: boolean; signal?: AbortSignal }) => {
      if (!id) return;
      try {
        const record = await getAdminTemplate(id, locale, opts.signal);
        setSummary(record.summary);
        setLoadError(undefined);
        if (opts.replaceEditor) {
          dispatch({ type: 'load', draft: record.latest.template as DraftTemplate });
          setBase(record.latest.version);
          setSaved(snapshot(record.latest.template as DraftTemplate));
        }
      } catch (err) {
        if (!isAbort(err)) setLoadError(toErrorInfo(err));
      }
    },
    [id, locale],
  );

  useEffect(() => {
    if (!templateId) return;
    const abort = new AbortController();
    void refresh({ replaceEditor: true, signal: abort.signal });
    return () => abort.abort();
    // Loaded once per template; later refreshes are explicit.
  }, [templateId]);

  // A new edit makes an earlier save error or notice stale.
  useEffect(() => {
    setBlocked(0);
    setNotice('');
  }, [state.draft]);

  const save = async (onTopOf?: number) => {
    setSaveError(undefined);
    setNotice('');
    const checked = validateTemplate(state.draft);
    if (!checked.ok) {
      setBlocked(checked.problems.length);
      return;
    }
    setSaving(true);
    const draft = state.draft;
    try {
      const result = id
        ? await saveTemplateVersion(id, draft, { baseVersion: onTopOf ?? base ?? 1, note: note.trim() || undefined, locale })
        : await createTemplate(draft, { note: note.trim() || undefined, locale });
      setId(result.summary.id);
      setSummary(result.summary);
      setBase(result.version.version);
      setSaved(snapshot(draft));
      setNote('');
      setNotice(t('admin.save.done', { version: result.version.version }));
      setRevision((n) => n + 1);
      if (onTopOf !== undefined || showing === 'mine') setConflict(undefined);
      onChanged();
    } catch (err) {
      if (err instanceof GatewayError && err.code === 'template_conflict' && id) {
        try {
          const record = await getAdminTemplate(id, locale);
          setSummary(record.summary);
          setConflict({ mine: draft, theirs: record.latest, base: base ?? 1 });
          setShowing('mine');
        } catch (again) {
          setSaveError(toErrorInfo(again));
        }
      } else {
        setSaveError(toErrorInfo(err));
      }
    } finally {
      setSaving(false);
    }
  };

  const showConflictSide = (which: 'mine' | 'theirs') => {
    if (!conflict) return;
    if (which === 'theirs') {
      dispatch({ type: 'load', draft: conflict.theirs.template as DraftTemplate });
      setBase(conflict.theirs.version);
      setSaved(snapshot(conflict.theirs.template as DraftTemplate));
    } else {
      dispatch({ type: 'load', draft: conflict.mine });
      // Saving the admin's text again needs the explicit "save mine on top".
      setBase(conflict.base);
    }
    setShowing(which);
  };

  const leave = () => {
    if (!dirty && !conflict) return onBack();
    setConfirm({
      title: t('admin.leave.title'),
      body: t('admin.leave.body'),
      confirm: t('admin.leave.confirm'),
      destructive: true,
      run: async () => onBack(),
    });
  };

  const canPublish = !!id && !!summary && !dirty && base !== undefined && summary.status !== 'archived' && summary.publishedVersion !== base;
  const publish = () => {
    if (!id || base === undefined) return;
    const version = base;
    const name = templateTitle(summary?.name, id, locale);
    setConfirm({
      title: t('admin.versions.publishTitle', { version }),
      body: t('admin.versions.publishBody', { name, version }),
      confirm: t('admin.versions.publish'),
      run: async () => {
        setSummary(await publishVersion(id, version, locale));
        setNotice(t('admin.save.published', { version }));
        setRevision((n) => n + 1);
        onChanged();
      },
    });
  };

  const name = templateTitle(state.draft.name, state.draft.id || t('admin.new'), locale);

  return (
    <div className={styles.root} data-testid="template-workspace">
      <Button appearance="subtle" size="small" className={styles.back} icon={<BackIcon />} onClick={leave} data-testid="back-to-list">
        {t('admin.back')}
      </Button>

      {loadError && <ErrorBar error={loadError} actions={[{ label: t('error.retry'), onClick: () => void refresh({ replaceEditor: base === undefined }) }]} />}
      {!loaded && !loadError && <Spinner size="small" label={t('admin.loadingTemplate')} />}

      {loaded && (
        <>
          <div>
            <div className={styles.head}>
              <h2 className={styles.title} data-testid="workspace-title">
                {creating ? t('admin.newTitle') : name}
              </h2>
              {summary && <StatusBadge status={summary.status} />}
            </div>
            {id && summary && (
              <Text className={styles.meta} block>
                <span className={styles.mono}>{id}</span> · {t('admin.editingVersion', { version: base ?? summary.latestVersion })}
                {summary.publishedVersion !== null && ` · ${t('admin.publishedVersion', { version: summary.publishedVersion })}`}
              </Text>
            )}
          </div>

          <SaveBar
            creating={creating}
            dirty={dirty}
            saving={saving}
            checking={live.pending}
            problems={live.placed.count}
            note={note}
            onNote={setNote}
            onSave={() => void save()}
            publishVersion={canPublish ? base : undefined}
            onPublish={publish}
          />

          {blocked > 0 && (
            <MessageBar intent="error" data-testid="save-blocked">
              <MessageBarBody>{t('admin.save.blocked', { count: blocked })}</MessageBarBody>
            </MessageBar>
          )}
          {saveError && (
            <>
              <ErrorBar error={saveError} onDismiss={() => setSaveError(undefined)} />
              {saveError.problems && saveError.problems.length > 0 && (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>
                    <MessageBarTitle>{t('admin.problems.fromGateway')}</MessageBarTitle>
                    <MessageList messages={saveError.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message))} />
                  </MessageBarBody>
                </MessageBar>
              )}
            </>
          )}
          {notice && (
            <MessageBar intent="success" data-testid="save-notice">
              <MessageBarBody>{notice}</MessageBarBody>
            </MessageBar>
          )}
          {conflict && (
            <ConflictPanel
              conflict={conflict}
              showing={showing}
              saving={saving}
              onShow={showConflictSide}
              onSaveMine={() => void save(conflict.theirs.version)}
              onDismiss={() => setConflict(undefined)}
            />
          )}

          <TabList className={styles.tabs} size="small" selectedValue={view} onTabSelect={(_e, d) => setView(d.value as View)} aria-label={t('admin.workspace.views')}>
            <Tab value="edit" data-testid="view-edit">
              {t('admin.workspace.edit')}
            </Tab>
            <Tab value="try" data-testid="view-try">
              {t('admin.workspace.try')}
            </Tab>
            <Tab value="versions" disabled={!id || !summary} data-testid="view-versions">
              {t('admin.workspace.versions')}
            </Tab>
          </TabList>

          {/* Hidden rather than unmounted, so switching views keeps what was typed and tried. */}
          <div role="tabpanel" hidden={view !== 'edit'}>
            <TemplateEditor state={state} dispatch={dispatch} placed={live.placed} idEditable={creating} />
          </div>
          <div role="tabpanel" hidden={view !== 'try'}>
            <TrialPanel draft={state.draft} template={live.template} problemCount={live.placed.count} />
          </div>
          {id && summary && view === 'versions' && (
            <div role="tabpanel">
              <VersionsPanel
                summary={summary}
                revision={revision}
                onChanged={() => {
                  void refresh({ replaceEditor: !dirty && !conflict });
                  onChanged();
                }}
              />
            </div>
          )}
        </>
      )}
      <ConfirmDialog request={confirm} onClose={() => setConfirm(undefined)} />
    </div>
  );
}
