/**
 * One JSON request to the gateway on behalf of the admin console: the sign-in's credentials,
 * the user's language for messages, and the gateway's `{error}` turned into a GatewayError.
 */
import type { Locale } from '../../src/core/i18n/locale.js';
import { authHeaders } from './client.js';
import { CLIENT_CODES, GatewayError, errorFromResponse, isAbort } from './errors.js';

export interface AdminRequestInit {
  locale: Locale;
  body?: unknown;
  signal?: AbortSignal;
}

export async function adminRequest<T>(method: string, path: string, init: AdminRequestInit): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': init.locale, ...authHeaders() };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body), signal: init.signal });
  } catch (err) {
    if (isAbort(err)) throw err;
    throw new GatewayError(CLIENT_CODES.gatewayUnreachable, (err as Error).message);
  }
  if (!res.ok) throw await errorFromResponse(res);
  return (await res.json()) as T;
}
