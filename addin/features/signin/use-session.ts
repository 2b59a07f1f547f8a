/**
 * The pane's sign-in state. At boot it asks /api/session; without a principal it shows the
 * sign-in that fits the gateway's mode (a pasted token, the identity provider, or a note that
 * the proxy did not sign the user in). Any 401 later brings the sign-in back; the pane behind
 * it stays mounted, so form values and drafts are kept.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { clearToken, onUnauthorized, saveToken } from '../../api/credentials.js';
import { getSession, type Principal, type Session } from '../../api/session.js';
import { useLocale } from '../../app/locale-context.js';
import { SignInError, type AuthHost } from '../../host/auth.js';
import type { MessageKey } from '../../i18n/messages.js';

export type SessionState =
  | { phase: 'checking' }
  /** `principal` is null when the gateway could not be asked: the pane shows its own errors then. */
  | { phase: 'signed-in'; principal: Principal | null }
  | { phase: 'signed-out'; session: Session; notice?: Notice };

/** What the sign-in screen says above the form: a catalogue message or the gateway's own words. */
export type Notice = { key: MessageKey; params?: Record<string, string> } | { text: string };

export interface SessionControl {
  state: SessionState;
  /** True from the first successful sign-in on: the pane is mounted and must stay so. */
  everSignedIn: boolean;
  busy: boolean;
  signInWithToken(token: string): Promise<void>;
  signInWithProvider(): Promise<void>;
  retry(): Promise<void>;
}

const failureNotice = (err: unknown): Notice => {
  if (err instanceof SignInError && err.reason === 'cancelled') return { key: 'signin.oidc.cancelled' };
  if (err instanceof SignInError && err.reason === 'blocked') return { key: 'signin.oidc.blocked' };
  return { key: 'signin.oidc.failed', params: { detail: err instanceof Error ? err.message : String(err) } };
};

export function useSession(auth: AuthHost): SessionControl {
  const { locale } = useLocale();
  const [state, setState] = useState<SessionState>({ phase: 'checking' });
  const [everSignedIn, setEverSignedIn] = useState(false);
  const [busy, setBusy] = useState(false);
  const current = useRef(state);
  current.current = state;

  /** Asks the gateway; a refused stored token is forgotten and its reason becomes the notice. */
  const check = useCallback(
    async (fallback?: Notice): Promise<Session | undefined> => {
      let session: Session;
      try {
        session = await getSession(locale);
      } catch {
        setState({ phase: 'signed-in', principal: null });
        setEverSignedIn(true);
        return undefined;
      }
      if (session.principal) {
        setState({ phase: 'signed-in', principal: session.principal });
        setEverSignedIn(true);
        return session;
      }
      if (session.problem) clearToken();
      const notice = session.problem ? { text: session.problem.message } : fallback;
      setState({ phase: 'signed-out', session, notice });
      return session;
    },
    [locale],
  );

  /** Office SSO without prompts, where it exists: a signed-in Office user need not click. */
  const trySilentSso = useCallback(
    async (session: Session | undefined, fallback?: Notice) => {
      if (session?.signIn.kind !== 'oidc' || session.principal || !auth.ssoSupported()) return;
      try {
        saveToken(await auth.ssoToken(false));
        await check(fallback);
      } catch {
        // stays on the sign-in screen, where the button tries harder
      }
    },
    [auth, check],
  );

  useEffect(() => {
    void check().then((session) => trySilentSso(session));
    // Boot once; the language never changes who is signed in.
  }, []);

  useEffect(
    () =>
      onUnauthorized(() => {
        if (current.current.phase !== 'signed-in') return;
        const again: Notice = { key: 'signin.again' };
        void check(again).then((session) => trySilentSso(session, again));
      }),
    [check, trySilentSso],
  );

  const signInWithToken = useCallback(
    async (token: string) => {
      setBusy(true);
      try {
        saveToken(token);
        const session = await check();
        // "Not accepted" for a pasted token most often means it was not copied whole.
        if (session && !session.principal && session.problem?.code === 'auth_invalid') {
          setState({ phase: 'signed-out', session, notice: { key: 'signin.token.rejected' } });
        }
      } finally {
        setBusy(false);
      }
    },
    [check],
  );

  const signInWithProvider = useCallback(async () => {
    if (current.current.phase !== 'signed-out') return;
    const { session } = current.current;
    setBusy(true);
    try {
      let token: string | undefined;
      if (auth.ssoSupported()) token = await auth.ssoToken(true).catch(() => undefined);
      token ??= await auth.openSignIn(`${window.location.origin}/signin.html`);
      saveToken(token);
      await check();
    } catch (err) {
      setState({ phase: 'signed-out', session, notice: failureNotice(err) });
    } finally {
      setBusy(false);
    }
  }, [auth, check]);

  const retry = useCallback(async () => {
    setBusy(true);
    try {
      await check();
    } finally {
      setBusy(false);
    }
  }, [check]);

  return { state, everSignedIn, busy, signInWithToken, signInWithProvider, retry };
}
