/** GET /api/session: who the gateway thinks the pane is, and which sign-in fits (public route). */
import type { Session } from '../../src/core/auth/session.js';
import type { Locale } from '../../src/core/i18n/locale.js';
import { authHeaders } from './credentials.js';
import { CLIENT_CODES, GatewayError, errorFromResponse, isAbort } from './errors.js';

export type { Principal, Session, SignIn } from '../../src/core/auth/session.js';

export async function getSession(locale: Locale, signal?: AbortSignal): Promise<Session> {
  let res: Response;
  try {
    res = await fetch('/api/session', { headers: { Accept: 'application/json', 'Accept-Language': locale, ...authHeaders() }, signal, cache: 'no-store' });
  } catch (err) {
    if (isAbort(err)) throw err;
    throw new GatewayError(CLIENT_CODES.gatewayUnreachable, (err as Error).message);
  }
  if (!res.ok) throw await errorFromResponse(res);
  return (await res.json()) as Session;
}
