/**
 * /signin.html, opened by the pane's Sign in button (Office dialog or popup) in oidc mode:
 * first visit → off to the identity provider with a PKCE challenge; back with a code → the
 * token endpoint (from the issuer's discovery document) → the access token goes to the pane.
 */
import { pickLocale } from '../../src/core/i18n/locale.js';
import { deliverSignIn } from '../host/auth.js';
import { t, type MessageKey, type MessageParams } from '../i18n/messages.js';
import { authorizeRequestUrl, challengeFor, discoveryUrl, isProviderSettings, randomString, tokenRequestBody, type SignInSettings } from './pkce.js';

const PENDING = 'wenshu.signin.pending';
const locale = pickLocale(navigator.language);

function say(key: MessageKey, params?: MessageParams): void {
  const status = document.getElementById('status');
  if (status) status.textContent = t(locale, key, params);
}

function readSettings(): SignInSettings | undefined {
  try {
    const value: unknown = JSON.parse(document.getElementById('wenshu-signin-config')?.textContent ?? 'null');
    return isProviderSettings(value) ? { ...value, redirectUri: `${window.location.origin}${window.location.pathname}` } : undefined;
  } catch {
    return undefined;
  }
}

async function fail(detail: string): Promise<void> {
  say('signin.page.failed', { detail });
  await deliverSignIn({ error: detail });
}

async function start(settings: SignInSettings): Promise<void> {
  const verifier = randomString();
  const state = randomString(16);
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state }));
  window.location.assign(authorizeRequestUrl(settings, await challengeFor(verifier), state));
}

async function finish(settings: SignInSettings, params: URLSearchParams): Promise<void> {
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null') as { verifier?: string; state?: string } | null;
  sessionStorage.removeItem(PENDING);
  // The code is single-use: keep it out of the history and out of a reload. (office.js removes
  // history.replaceState outside Office, hence the check.)
  if (typeof history.replaceState === 'function') history.replaceState(null, '', window.location.pathname);
  if (!pending?.verifier || pending.state !== params.get('state')) return fail('the sign-in answer does not match this window (state)');
  const discovery = (await (await fetch(discoveryUrl(settings.issuer))).json()) as { token_endpoint?: unknown };
  if (typeof discovery.token_endpoint !== 'string') return fail('the identity provider names no token endpoint');
  const res = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: tokenRequestBody(settings, params.get('code') ?? '', pending.verifier),
  });
  const body = (await res.json().catch(() => ({}))) as { access_token?: unknown; error?: unknown; error_description?: unknown };
  if (!res.ok || typeof body.access_token !== 'string') return fail(String(body.error_description ?? body.error ?? `HTTP ${res.status}`));
  say('signin.page.done');
  await deliverSignIn({ token: body.access_token });
}

async function main(): Promise<void> {
  const settings = readSettings();
  if (!settings) {
    say('signin.page.notConfigured');
    await deliverSignIn({ error: 'not configured' });
    return;
  }
  const params = new URLSearchParams(window.location.search);
  if (params.has('error')) return fail(params.get('error_description') ?? params.get('error') ?? 'error');
  if (params.has('code')) return finish(settings, params);
  return start(settings);
}

main().catch((err: unknown) => fail(err instanceof Error ? err.message : String(err)));
