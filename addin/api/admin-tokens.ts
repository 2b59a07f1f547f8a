/**
 * The admin console's view of /api/admin/tokens: personal access tokens listed (never the
 * secrets), created (the secret is in that one answer) and revoked. The token's shape is
 * core's, shared with the gateway's TokenStore.
 */
import type { Locale } from '../../src/core/i18n/locale.js';
import type { Role } from '../../src/core/auth/session.js';
import type { CreatedToken, TokenInfo } from '../../src/core/auth/tokens.js';
import { adminRequest } from './admin-http.js';

export type { CreatedToken, TokenInfo } from '../../src/core/auth/tokens.js';

export type TokenRole = Role;
/** The roles in the order the console offers them: the everyday one first. */
export const TOKEN_ROLES: readonly TokenRole[] = ['author', 'admin'];

export interface NewTokenRequest {
  name: string;
  role: TokenRole;
  /** Unset: the token never expires. */
  expiresInDays?: number;
}

const BASE = '/api/admin/tokens';

export async function listTokens(locale: Locale, signal?: AbortSignal): Promise<TokenInfo[]> {
  const body = await adminRequest<{ tokens?: TokenInfo[] }>('GET', BASE, { locale, signal });
  return Array.isArray(body.tokens) ? body.tokens : [];
}

export function createToken(request: NewTokenRequest, locale: Locale): Promise<CreatedToken> {
  return adminRequest('POST', BASE, { locale, body: request });
}

export async function revokeToken(id: string, locale: Locale): Promise<TokenInfo> {
  return (await adminRequest<{ token: TokenInfo }>('DELETE', `${BASE}/${encodeURIComponent(id)}`, { locale })).token;
}
