/**
 * Personal access tokens: who has access, with which role, since when and until when; create
 * one (shown once) and revoke one (asked first, takes effect at once).
 */
import { useRef, useState } from 'react';
import { Badge, Button, Spinner } from '@fluentui/react-components';
import { listTokens, revokeToken, type TokenInfo, type CreatedToken } from '../../../api/admin-tokens.js';
import { useGatewayLoad } from '../../../api/use-gateway-load.js';
import { useLocale } from '../../../app/locale-context.js';
import { ErrorBar } from '../../../ui/ErrorBar.js';
import { ConfirmDialog, type ConfirmRequest } from '../ConfirmDialog.js';
import { formatTime } from '../format.js';
import { DataTable, type Column } from '../audit/DataTable.js';
import { useScreenLayout } from '../audit/screen-layout.js';
import { NARROW, useWidth } from '../../../ui/use-width.js';
import { CreateTokenForm } from './CreateTokenForm.js';
import { NewTokenNotice } from './NewTokenNotice.js';
import { loadSession } from '../session.js';
import { sortTokens } from './token-form.js';

const STATUS_COLOR = { active: 'success', expired: 'warning', revoked: 'danger' } as const;

export function TokensScreen() {
  const layout = useScreenLayout();
  const { locale, t } = useLocale();
  const root = useRef<HTMLDivElement>(null);
  const narrow = useWidth(root) < NARROW;
  const [tick, setTick] = useState(0);
  const key = `tokens:${tick}`;
  const list = useGatewayLoad(key, async (l, signal) => ({ key, tokens: await listTokens(l, signal) }));
  const [created, setCreated] = useState<CreatedToken | undefined>();
  const [confirm, setConfirm] = useState<ConfirmRequest | undefined>();
  // Which token this admin is signed in with: revoking it signs them out, so the dialog says so.
  const session = useGatewayLoad('tokens:session', loadSession);
  const ownId = session.data?.principal?.via === 'token' ? session.data.principal.id : undefined;
  const loading = !list.error && list.data?.key !== key;
  const rows = sortTokens(list.data?.tokens ?? []);
  const when = (iso: string | null, none: string) => (iso ? formatTime(iso, locale) : none);

  const revoke = (token: TokenInfo) =>
    setConfirm({
      title: t('admin.tokens.revokeTitle', { name: token.name }),
      body: token.id === ownId ? `${t('admin.tokens.revokeBody')} ${t('admin.tokens.revokeOwn')}` : t('admin.tokens.revokeBody'),
      confirm: t('admin.tokens.revoke'),
      destructive: true,
      run: async () => {
        await revokeToken(token.id, locale);
        setTick((n) => n + 1);
      },
    });

  const nameCell = (r: TokenInfo) => (r.id === ownId ? t('admin.tokens.yours', { name: r.name }) : r.name);

  const columns: Column<TokenInfo>[] = [
    { key: 'name', header: t('admin.tokens.name'), cell: (r) => nameCell(r), wideOnly: true },
    { key: 'role', header: t('admin.tokens.role'), cell: (r) => t(`admin.tokens.role.${r.role}`) },
    { key: 'created', header: t('admin.tokens.created'), cell: (r) => t('admin.tokens.createdBy', { date: formatTime(r.createdAt, locale), by: r.createdBy }) },
    { key: 'lastUsed', header: t('admin.tokens.lastUsed'), cell: (r) => when(r.lastUsedAt, t('admin.tokens.neverUsed')) },
    { key: 'expires', header: t('admin.tokens.expires'), cell: (r) => when(r.expiresAt, t('admin.tokens.never')) },
    {
      key: 'status',
      header: t('admin.tokens.status'),
      cell: (r) => (
        <span className={layout.row}>
          <Badge appearance="tint" color={STATUS_COLOR[r.status]} data-testid="token-status" data-status={r.status}>
            {t(`admin.tokens.status.${r.status}`)}
          </Badge>
          {r.status === 'revoked' && r.revokedAt && <span className={layout.hint}>{formatTime(r.revokedAt, locale)}</span>}
        </span>
      ),
    },
    {
      key: 'actions',
      header: t('admin.tokens.actions'),
      cell: (r) =>
        r.status === 'active' ? (
          <Button size="small" onClick={() => revoke(r)} data-testid="token-revoke" aria-label={t('admin.tokens.revokeLabel', { name: r.name })}>
            {t('admin.tokens.revoke')}
          </Button>
        ) : null,
    },
  ];

  return (
    <div ref={root} className={layout.root} data-testid="tokens-screen">
      <header className={layout.header}>
        <h2 className={layout.title}>{t('admin.tokens.title')}</h2>
        <p className={layout.hint}>{t('admin.tokens.intro')}</p>
      </header>

      {created ? (
        <NewTokenNotice created={created} onDone={() => setCreated(undefined)} />
      ) : (
        <CreateTokenForm
          onCreated={(c) => {
            setCreated(c);
            setTick((n) => n + 1);
          }}
        />
      )}

      <section className={layout.section} aria-labelledby="token-list-heading">
        <h3 id="token-list-heading" className={layout.heading}>
          {t('admin.tokens.listHeading')}
        </h3>
        {list.error && <ErrorBar error={list.error} actions={[{ label: t('error.retry'), onClick: list.reload }]} />}
        {loading && <Spinner size="small" label={t('admin.tokens.loading')} />}
        {list.data && rows.length === 0 && <p className={layout.hint}>{t('admin.tokens.empty')}</p>}
        {rows.length > 0 && (
          <DataTable
            rows={rows}
            columns={columns}
            rowKey={(r) => r.id}
            narrow={narrow}
            label={t('admin.tokens.listHeading')}
            cardTitle={nameCell}
            testId="token-list"
            rowTestId={(r) => `token-${r.id}`}
          />
        )}
      </section>

      <ConfirmDialog request={confirm} onClose={() => setConfirm(undefined)} />
    </div>
  );
}

/** The console loads each screen lazily, as the default export. */
export default TokensScreen;
