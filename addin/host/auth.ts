/**
 * What signing in needs from Office, kept here with the other Office calls:
 *  - Office's partition key, which prefixes localStorage keys where Office partitions storage;
 *  - Office SSO (Office.auth.getAccessToken, also reachable as OfficeRuntime.auth; Identity API 1.3);
 *  - a sign-in window: Office's dialog API inside Office, a popup with postMessage elsewhere;
 *  - for /signin.html, handing the result back to whichever opened it.
 */
export interface SignInMessage {
  type: 'wenshu.signin';
  token?: string;
  error?: string;
}

export type SignInFailure = 'cancelled' | 'blocked' | 'failed';

export class SignInError extends Error {
  constructor(
    readonly reason: SignInFailure,
    detail?: string,
  ) {
    super(detail ?? reason);
    this.name = 'SignInError';
  }
}

export interface AuthHost {
  /** Office.context.partitionKey when Office partitions storage, else undefined. */
  partitionKey(): string | undefined;
  /** Whether Office SSO can be tried here. */
  ssoSupported(): boolean;
  /** An Office SSO access token; `interactive` lets Office prompt for sign-in and consent. */
  ssoToken(interactive: boolean): Promise<string>;
  /** Opens `url` (the gateway's /signin.html) and resolves with the token it sends back. */
  openSignIn(url: string): Promise<string>;
}

const DIALOG_CLOSED = 12006;

function officeContext(): typeof Office.context | undefined {
  return typeof Office === 'undefined' ? undefined : Office.context;
}

function parseMessage(raw: unknown): SignInMessage | undefined {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  if (typeof value !== 'object' || value === null || (value as SignInMessage).type !== 'wenshu.signin') return undefined;
  const { token, error } = value as SignInMessage;
  return { type: 'wenshu.signin', token: typeof token === 'string' ? token : undefined, error: typeof error === 'string' ? error : undefined };
}

function settle(message: SignInMessage, resolve: (token: string) => void, reject: (err: Error) => void): void {
  if (message.token) resolve(message.token);
  else reject(new SignInError('failed', message.error ?? 'no token'));
}

function officeDialog(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(url, { height: 60, width: 30, promptBeforeOpen: false }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new SignInError('blocked', opened.error?.message));
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        const message = 'message' in arg ? parseMessage(arg.message) : undefined;
        if (message) settle(message, resolve, reject);
        else reject(new SignInError('failed', 'unexpected message from the sign-in window'));
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
        const code = 'error' in arg ? arg.error : 0;
        reject(new SignInError(code === DIALOG_CLOSED ? 'cancelled' : 'failed', `dialog event ${code}`));
      });
    });
  });
}

function popup(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = window.open(url, 'wenshu-signin', 'popup=yes,width=520,height=680');
    if (!child) {
      reject(new SignInError('blocked'));
      return;
    }
    const done = () => {
      window.removeEventListener('message', onMessage);
      clearInterval(watch);
    };
    const onMessage = (event: MessageEvent) => {
      // Only our own page in the window we opened may answer.
      if (event.origin !== window.location.origin || event.source !== child) return;
      const message = parseMessage(event.data);
      if (!message) return;
      done();
      child.close();
      settle(message, resolve, reject);
    };
    const watch = setInterval(() => {
      if (child.closed) {
        done();
        reject(new SignInError('cancelled'));
      }
    }, 500);
    window.addEventListener('message', onMessage);
  });
}

export function createAuthHost(inOffice: boolean): AuthHost {
  return {
    partitionKey: () => (inOffice ? officeContext()?.partitionKey || undefined : undefined),
    ssoSupported: () => inOffice && !!officeContext()?.requirements?.isSetSupported('IdentityAPI', '1.3') && typeof Office.auth?.getAccessToken === 'function',
    async ssoToken(interactive) {
      try {
        return await Office.auth.getAccessToken({ allowSignInPrompt: interactive, allowConsentPrompt: interactive, forMSGraphAccess: false });
      } catch (err) {
        // Office reports SSO errors as {code: 13xxx, message}; the caller falls back to the dialog.
        const { code, message } = (err ?? {}) as { code?: unknown; message?: unknown };
        throw new SignInError('failed', `Office SSO ${String(code ?? '')}: ${String(message ?? err)}`);
      }
    },
    openSignIn: (url) => (inOffice && officeContext()?.ui?.displayDialogAsync ? officeDialog(url) : popup(url)),
  };
}

/** For /signin.html: sends the outcome to the pane that opened it (Office dialog or popup). */
export async function deliverSignIn(result: Omit<SignInMessage, 'type'>): Promise<boolean> {
  const message: SignInMessage = { type: 'wenshu.signin', ...result };
  if (typeof Office !== 'undefined' && Office.onReady) {
    const info = await Promise.race([Office.onReady(), new Promise<undefined>((r) => setTimeout(() => r(undefined), 3000))]);
    if (info?.host && Office.context?.ui?.messageParent) {
      Office.context.ui.messageParent(JSON.stringify(message));
      return true;
    }
  }
  if (window.opener) {
    (window.opener as Window).postMessage(message, window.location.origin);
    return true;
  }
  return false;
}
