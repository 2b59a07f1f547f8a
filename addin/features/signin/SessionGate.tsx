/**
 * Shows the pane only to a signed-in user, and the sign-in screen otherwise. Once the pane has
 * been shown it stays mounted (hidden) while the user signs in again after a 401, so nothing
 * typed or generated is lost.
 */
import { useMemo, type ReactNode } from 'react';
import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useLocale } from '../../app/locale-context.js';
import { SessionInfoContext, type SessionInfo } from '../../app/session-context.js';
import { clearToken } from '../../api/credentials.js';
import { settleFeedback } from '../../api/feedback.js';
import { appStore } from '../../state/app-store.js';
import { draftStore } from '../../state/draft-store.js';
import { forgetRecent } from '../../state/prefs.js';
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
  const principal = state.phase === 'signed-in' ? state.principal : null;
  const info = useMemo<SessionInfo>(() => ({ principal, signOut: () => void signOut() }), [principal]);
  return (
    <>
      {state.phase === 'checking' && <Spinner className={styles.checking} size="small" label={t('signin.checking')} />}
      {state.phase === 'signed-out' && <SignInScreen control={control} />}
      {everSignedIn && (
        <div className={styles.pane} style={state.phase === 'signed-in' ? undefined : { display: 'none' }} data-testid="pane">
          <SessionInfoContext.Provider value={info}>{children}</SessionInfoContext.Provider>
        </div>
      )}
    </>
  );
}

/**
 * Sends the waiting accept/discard reports while the token still works (what cannot go is
 * dropped, not sent later under the next person's name), forgets the token, the kept drafts
 * and the recent templates, then starts the pane afresh.
 */
async function signOut(): Promise<void> {
  await settleFeedback();
  clearToken();
  draftStore.forgetAll(appStore());
  forgetRecent(appStore());
  window.location.reload();
}
