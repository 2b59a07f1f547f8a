/**
 * Shows the pane only to a signed-in user, and the sign-in screen otherwise. Once the pane has
 * been shown it stays mounted (hidden) while the user signs in again after a 401, so nothing
 * typed or generated is lost.
 */
import type { ReactNode } from 'react';
import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useLocale } from '../../app/locale-context.js';
import type { AuthHost } from '../../host/auth.js';
import { SignInScreen } from './SignInScreen.js';
import { useSession } from './use-session.js';

const useStyles = makeStyles({
  pane: { flexGrow: 1, display: 'flex', flexDirection: 'column', minWidth: 0 },
  checking: { padding: tokens.spacingHorizontalL },
});

export function SessionGate({ auth, children }: { auth: AuthHost; children: ReactNode }) {
  const styles = useStyles();
  const { t } = useLocale();
  const control = useSession(auth);
  const { state, everSignedIn } = control;
  return (
    <>
      {state.phase === 'checking' && <Spinner className={styles.checking} size="small" label={t('signin.checking')} />}
      {state.phase === 'signed-out' && <SignInScreen control={control} />}
      {everSignedIn && (
        <div className={styles.pane} style={state.phase === 'signed-in' ? undefined : { display: 'none' }} data-testid="pane">
          {children}
        </div>
      )}
    </>
  );
}
