/**
 * Asks before an action that changes what staff see or that cannot simply be undone (publish,
 * unpublish, archive, roll back). The action runs from the dialog; its error stays in the dialog.
 */
import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useLocale } from '../../app/locale-context.js';
import type { ErrorInfo } from '../../state/suggestion.js';
import { ErrorBar } from '../../ui/ErrorBar.js';
import { toErrorInfo } from '../../ui/error-info.js';

export interface ConfirmRequest {
  title: string;
  body: string;
  confirm: string;
  /** Red button for what takes something away from staff. */
  destructive?: boolean;
  run(): Promise<void>;
}

const useStyles = makeStyles({
  danger: {
    backgroundColor: tokens.colorPaletteRedBackground3,
    ':hover': { backgroundColor: tokens.colorPaletteRedForeground1 },
    ':hover:active': { backgroundColor: tokens.colorPaletteRedForeground1 },
  },
  body: { margin: `0 0 ${tokens.spacingVerticalM}` },
});

export function ConfirmDialog({ request, onClose }: { request: ConfirmRequest | undefined; onClose(): void }) {
  const styles = useStyles();
  const { t } = useLocale();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | undefined>();
  const close = () => {
    if (busy) return;
    setError(undefined);
    onClose();
  };
  const run = async () => {
    if (!request) return;
    setBusy(true);
    setError(undefined);
    try {
      await request.run();
      setBusy(false);
      onClose();
    } catch (err) {
      setBusy(false);
      setError(toErrorInfo(err));
    }
  };
  return (
    <Dialog open={!!request} modalType="alert" onOpenChange={(_e, d) => !d.open && close()}>
      <DialogSurface data-testid="confirm-dialog">
        <DialogBody>
          <DialogTitle>{request?.title}</DialogTitle>
          <DialogContent>
            <p className={styles.body}>{request?.body}</p>
            {error && <ErrorBar error={error} />}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" disabled={busy} onClick={close} data-testid="confirm-cancel">
              {t('admin.confirm.cancel')}
            </Button>
            <Button
              appearance="primary"
              disabled={busy}
              icon={busy ? <Spinner size="tiny" /> : undefined}
              className={request?.destructive ? styles.danger : undefined}
              data-testid="confirm-ok"
              onClick={() => void run()}
            >
              {request?.confirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
